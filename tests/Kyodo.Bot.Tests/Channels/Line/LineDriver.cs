using System.Text.Json;
using System.Text.Json.Nodes;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Conversation;
using Kyodo.Bot.Tests.Conversations;

namespace Kyodo.Bot.Tests.Channels.Line;

/// <summary>
/// Plays conversation scripts as a LINE user: signed webhooks in, the LINE API calls out (each checked against
/// LINE's schema), read back as what the person sees: texts, Flex texts, and quick reply or Flex buttons.
/// </summary>
public sealed class LineDriver(LineTestHost host, string userId) : IConversationDriver
{
    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        var lineEvent = activity.Type == ActivityTypes.ConversationUpdate ? LineEvents.Follow(userId)
            : PressedValue(activity) is { } data ? LineEvents.Postback(userId, data)
            : LineEvents.Text(userId, activity.Text ?? "");
        var before = host.Api.Calls.Count;
        await host.SendAsync(lineEvent);
        var calls = host.Api.Calls.Skip(before).ToArray();
        LineSpec.ShouldConform(calls);
        return calls.SelectMany(c => c.Body["messages"]?.AsArray() ?? []).Select(m => AsSeen(m!.AsObject())).ToArray();
    }

    private static string? PressedValue(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(TurnContext.ChoiceValueKey, out var choice) ? choice.GetString() : null;

    private static Activity AsSeen(JsonObject message)
    {
        var texts = new List<string>();
        var buttons = new List<CardAction>();
        Walk(message, texts, buttons);
        return new Activity
        {
            Text = string.Join("\n", texts),
            From = new ChannelAccount { Role = "bot" },
            SuggestedActions = buttons.Count == 0 ? null : new SuggestedActions { Actions = buttons },
        };
    }

    /// <summary>Collects what LINE shows: message and Flex texts, and every postback action as a button.</summary>
    private static void Walk(JsonNode? node, List<string> texts, List<CardAction> buttons)
    {
        switch (node)
        {
            case JsonObject obj when obj["type"]?.GetValue<string>() == "postback":
                buttons.Add(new CardAction
                {
                    Type = "postBack",
                    Title = obj["label"]!.GetValue<string>(),
                    Value = JsonSerializer.SerializeToElement(new Dictionary<string, string> { [TurnContext.ChoiceValueKey] = obj["data"]!.GetValue<string>() }),
                });
                break;
            case JsonObject obj:
                if (obj["type"]?.GetValue<string>() == "text" && obj["text"] is JsonValue text) texts.Add(text.GetValue<string>());
                foreach (var (key, child) in obj.Where(p => p.Key != "altText")) Walk(child, texts, buttons);
                break;
            case JsonArray array:
                foreach (var child in array) Walk(child, texts, buttons);
                break;
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
