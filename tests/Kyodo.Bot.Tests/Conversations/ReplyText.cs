using System.Text.Json;
using System.Text.Json.Nodes;
using Kyodo.Bot.Activities;

namespace Kyodo.Bot.Tests.Conversations;

/// <summary>What a person sees of rendered replies, as text to assert on, and the buttons they can press.</summary>
public static class ReplyText
{
    public static string Of(IEnumerable<Activity> replies) => string.Join("\n", replies.Select(Of));

    public static string Of(Activity reply)
    {
        var parts = new List<string>();
        if (reply.Text is { } text) parts.Add(text);
        foreach (var attachment in reply.Attachments ?? [])
            parts.AddRange(CardTexts(attachment.Content));
        foreach (var action in reply.SuggestedActions?.Actions ?? [])
            parts.Add($"[{action.Title}]");
        return string.Join("\n", parts);
    }

    /// <summary>The activity a press on the button labelled <paramref name="label"/> sends, as Web Chat would send it.</summary>
    public static Activity? Press(IEnumerable<Activity> replies, string label)
    {
        foreach (var reply in replies.Reverse())
        {
            if (reply.SuggestedActions?.Actions.FirstOrDefault(a => a.Title == label) is { } action)
                return new Activity { Text = action.Text ?? label, Value = action.Value };
            foreach (var attachment in reply.Attachments ?? [])
            {
                var allActions = (attachment.Content?["actions"]?.AsArray() ?? []).Concat(
                    (attachment.Content?["body"]?.AsArray() ?? []).SelectMany(b => b?["actions"]?.AsArray() ?? []));
                var submit = allActions.FirstOrDefault(a => a?["title"]?.GetValue<string>() == label);
                if (submit?["data"] is { } data) return new Activity { Value = JsonSerializer.SerializeToElement(data) };
            }
        }
        return null;
    }

    private static IEnumerable<string> CardTexts(JsonNode? card)
    {
        if (card is null) yield break;
        foreach (var block in card["body"]?.AsArray() ?? [])
        {
            if (block?["text"]?.GetValue<string>() is { } text) yield return text;
            foreach (var action in block?["actions"]?.AsArray() ?? [])
            {
                if (action?["title"]?.GetValue<string>() is { } title) yield return $"[{title}]";
            }
        }
        foreach (var action in card["actions"]?.AsArray() ?? [])
        {
            if (action?["title"]?.GetValue<string>() is { } title) yield return $"[{title}]";
        }
    }
}
