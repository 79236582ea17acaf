using System.Text.Json.Nodes;
using Kyodo.Bot.Conversation;
using Kyodo.Bot.Conversation.Replies;

namespace Kyodo.Bot.Channels;

/// <summary>
/// Builds Adaptive Cards (schema 1.5, what Teams and Web Chat render) from channel-neutral cards and choices.
/// A button's submit data is <c>{"choice": value}</c> unless the channel shapes it (Teams adds messageBack).
/// </summary>
public static class AdaptiveCardBuilder
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";
    private const int MaxActionsPerSet = 5;
    private const int ActionsPerRow = 3;

    public static JsonObject Build(Card card, Func<ReplyButton, JsonObject>? submitData = null)
    {
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = card.Title, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
        };
        if (card.Subtitle is { } subtitle)
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = subtitle, ["isSubtle"] = true, ["wrap"] = true });
        foreach (var section in card.Sections)
        {
            if (section.Heading is { } heading)
                body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = heading, ["weight"] = "Bolder", ["wrap"] = true, ["spacing"] = "Medium" });
            foreach (var line in section.Lines)
                body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = section.Lines.Count > 1 ? "- " + line : line, ["wrap"] = true, ["spacing"] = "Small" });
        }
        var actions = new JsonArray([.. card.Buttons.Select(button => (JsonNode)new JsonObject
        {
            ["type"] = "Action.Submit",
            ["title"] = button.Label,
            ["data"] = (submitData ?? DefaultData)(button),
        })]);
        if (actions.Count > MaxActionsPerSet)
        {
            // Hosts show at most a few card actions (Teams: 5 by default); longer lists go in the body, a few per row.
            foreach (var row in actions.Select(a => a!.DeepClone()).Chunk(ActionsPerRow))
                body.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray(row) });
            actions = [];
        }
        var adaptiveCard = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = body,
        };
        if (actions.Count > 0) adaptiveCard["actions"] = actions;
        return adaptiveCard;
    }

    /// <summary>A question with its choices as a card (for channels where suggested actions are not the native way).</summary>
    public static JsonObject Choices(string text, IReadOnlyList<ReplyButton> buttons, Func<ReplyButton, JsonObject>? submitData = null) =>
        Build(new Card(text, null, [], buttons), submitData);

    private static JsonObject DefaultData(ReplyButton button) => new() { [TurnContext.ChoiceValueKey] = button.Value };
}
