using System.Text.Json;
using System.Text.Json.Nodes;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Conversation.Replies;

namespace Kyodo.Bot.Channels.Line;

/// <summary>
/// Renders replies as LINE message objects: text (split to LINE's length), choices as quick replies (a Flex button
/// carousel when there are more than quick replies allow), cards as Flex bubbles or a carousel. Each LINE message
/// travels in an activity's <c>channelData</c>.
/// </summary>
public sealed class LineRenderer : IReplyRenderer
{
    public const string ChannelId = "line";

    public bool Handles(string? channelId) => channelId == ChannelId;

    public IReadOnlyList<Activity> Render(IReadOnlyList<Reply> replies, Activity incoming) =>
        replies.SelectMany(Messages).Select(message => new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = ChannelId,
            Conversation = incoming.Conversation,
            Recipient = incoming.From,
            ReplyToId = incoming.Id,
            ChannelData = JsonSerializer.SerializeToElement(message, BotJson.Options),
        }).ToArray();

    /// <summary>The LINE message objects of a list of activities rendered by this renderer.</summary>
    public static IReadOnlyList<JsonObject> MessagesOf(IEnumerable<Activity> activities) =>
        activities.Where(a => a.ChannelData is { ValueKind: JsonValueKind.Object })
            .Select(a => JsonNode.Parse(a.ChannelData!.Value.GetRawText())!.AsObject())
            .ToArray();

    private static IEnumerable<JsonObject> Messages(Reply reply) => reply switch
    {
        TextReply text => Texts(text.Text),
        ChoiceReply choice => Choices(choice),
        CardReply cards => Cards(cards.Cards),
        FileReply => [], // the download link is already in the text before it
        _ => throw new NotSupportedException($"No LINE rendering for {reply.GetType().Name}."),
    };

    private static IEnumerable<JsonObject> Texts(string text) =>
        LineText.Split(text, LineLimits.TextLength).Select(part => new JsonObject { ["type"] = "text", ["text"] = part });

    private static IEnumerable<JsonObject> Choices(ChoiceReply choice)
    {
        var texts = Texts(choice.Text).ToList();
        if (choice.Buttons.Count <= LineLimits.QuickReplyItems)
        {
            texts[^1]["quickReply"] = new JsonObject
            {
                ["items"] = new JsonArray([.. choice.Buttons.Select(b => (JsonNode)new JsonObject
                {
                    ["type"] = "action",
                    ["action"] = LineFlexBuilder.PostbackAction(b),
                })]),
            };
            return texts;
        }
        // Long lists are paged as a carousel of button bubbles.
        var pages = choice.Buttons.Chunk(LineLimits.ButtonsPerBubble).Take(LineLimits.CarouselBubbles)
            .Select((page, i) => LineFlexBuilder.ButtonBubble($"{i + 1}", page)).ToArray();
        return [.. texts, LineFlexBuilder.Message(choice.Text, pages)];
    }

    private static IEnumerable<JsonObject> Cards(IReadOnlyList<Card> cards) =>
        cards.Chunk(LineLimits.CarouselBubbles).Select(page =>
            LineFlexBuilder.Message(string.Join(" / ", page.Select(c => c.AltText)), page.Select(LineFlexBuilder.Bubble).ToArray()));
}
