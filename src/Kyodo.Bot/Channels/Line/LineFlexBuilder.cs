using System.Text.Json.Nodes;
using Kyodo.Bot.Conversation.Replies;

namespace Kyodo.Bot.Channels.Line;

/// <summary>Builds Flex Message bubbles from channel-neutral cards and button lists.</summary>
public static class LineFlexBuilder
{
    private const string AccentColor = "#1f6f5c";

    public static JsonObject Bubble(Card card)
    {
        var body = new JsonArray { Text(card.Title, bold: true, size: "md") };
        if (card.Subtitle is { } subtitle) body.Add(Text(subtitle, color: "#666666", size: "sm"));
        foreach (var section in card.Sections)
        {
            if (section.Heading is { } heading) body.Add(Text(heading, bold: true, size: "sm", margin: "lg"));
            foreach (var line in section.Lines)
                body.Add(Text(section.Lines.Count > 1 ? "• " + line : line, size: "sm", margin: "sm"));
        }
        var bubble = new JsonObject
        {
            ["type"] = "bubble",
            ["body"] = new JsonObject { ["type"] = "box", ["layout"] = "vertical", ["contents"] = body },
        };
        if (card.Buttons.Count > 0) bubble["footer"] = Buttons(card.Buttons);
        return bubble;
    }

    /// <summary>A bubble of buttons, for choice lists longer than quick replies allow.</summary>
    public static JsonObject ButtonBubble(string title, IReadOnlyList<ReplyButton> buttons) => new()
    {
        ["type"] = "bubble",
        ["body"] = new JsonObject { ["type"] = "box", ["layout"] = "vertical", ["contents"] = new JsonArray { Text(title, bold: true, size: "sm") } },
        ["footer"] = Buttons(buttons),
    };

    public static JsonObject Message(string altText, IReadOnlyList<JsonObject> bubbles) => new()
    {
        ["type"] = "flex",
        ["altText"] = LineText.Truncate(altText, LineLimits.AltTextLength),
        ["contents"] = bubbles.Count == 1
            ? bubbles[0]
            : new JsonObject { ["type"] = "carousel", ["contents"] = new JsonArray([.. bubbles]) },
    };

    public static JsonObject PostbackAction(ReplyButton button) => new()
    {
        ["type"] = "postback",
        ["label"] = LineText.Truncate(button.Label, LineLimits.ActionLabelLength),
        ["data"] = LineText.Truncate(button.Value, LineLimits.PostbackDataLength),
        ["displayText"] = button.Label,
    };

    private static JsonObject Buttons(IReadOnlyList<ReplyButton> buttons) => new()
    {
        ["type"] = "box",
        ["layout"] = "vertical",
        ["spacing"] = "sm",
        ["contents"] = new JsonArray([.. buttons.Select(b => (JsonNode)new JsonObject
        {
            ["type"] = "button",
            ["style"] = "secondary",
            ["height"] = "sm",
            ["action"] = PostbackAction(b),
        })]),
    };

    private static JsonObject Text(string text, bool bold = false, string? size = null, string? color = null, string? margin = null)
    {
        var component = new JsonObject { ["type"] = "text", ["text"] = text.Length == 0 ? " " : text, ["wrap"] = true };
        if (bold) component["weight"] = "bold";
        if (size is not null) component["size"] = size;
        if (color is not null) component["color"] = color;
        if (margin is not null) component["margin"] = margin;
        if (bold && size == "md") component["color"] = AccentColor;
        return component;
    }
}
