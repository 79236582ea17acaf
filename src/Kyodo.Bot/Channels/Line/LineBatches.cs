using System.Text.Json.Nodes;

namespace Kyodo.Bot.Channels.Line;

/// <summary>Groups messages into API calls of at most five, first joining plain texts so a turn usually fits one reply.</summary>
public static class LineBatches
{
    public static IReadOnlyList<IReadOnlyList<JsonObject>> Fit(IReadOnlyList<JsonObject> messages)
    {
        var merged = new List<JsonObject>();
        foreach (var message in messages)
        {
            if (messages.Count > LineLimits.MessagesPerCall && merged.Count > 0 && IsPlainText(merged[^1]) && IsText(message)
                && Text(merged[^1]).Length + Text(message).Length + 2 <= LineLimits.TextLength)
            {
                var joined = (JsonObject)message.DeepClone();
                joined["text"] = Text(merged[^1]) + "\n\n" + Text(message);
                merged[^1] = joined;
            }
            else
            {
                merged.Add(message);
            }
        }
        return merged.Chunk(LineLimits.MessagesPerCall).Select(c => (IReadOnlyList<JsonObject>)c).ToArray();
    }

    private static bool IsText(JsonObject message) => message["type"]?.GetValue<string>() == "text";
    private static bool IsPlainText(JsonObject message) => IsText(message) && message["quickReply"] is null;
    private static string Text(JsonObject message) => message["text"]!.GetValue<string>();
}
