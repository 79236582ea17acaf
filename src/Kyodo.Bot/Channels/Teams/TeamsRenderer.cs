using System.Text.Json.Nodes;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Conversation;
using Kyodo.Bot.Conversation.Replies;

namespace Kyodo.Bot.Channels.Teams;

/// <summary>
/// Renders for Microsoft Teams: text as markdown, choices and cards as Adaptive Cards 1.5 whose buttons are
/// messageBack submits (the label shows in the chat, the value comes back as <c>value.choice</c>).
/// </summary>
public sealed class TeamsRenderer : IReplyRenderer
{
    public const string ChannelId = "msteams";

    public bool Handles(string? channelId) => channelId == ChannelId;

    public IReadOnlyList<Activity> Render(IReadOnlyList<Reply> replies, Activity incoming) =>
        replies.Select(reply =>
        {
            var activity = new Activity
            {
                Type = ActivityTypes.Message,
                ChannelId = ChannelId,
                Conversation = incoming.Conversation,
                From = incoming.Recipient,
                Recipient = incoming.From,
                ReplyToId = incoming.Id,
                Locale = "ja-JP",
            };
            switch (reply)
            {
                case TextReply text:
                    activity.Text = text.Text;
                    activity.TextFormat = "markdown";
                    break;
                case ChoiceReply choice:
                    activity.Attachments = [Card(AdaptiveCardBuilder.Choices(choice.Text, choice.Buttons, MessageBack))];
                    break;
                case CardReply cards:
                    activity.Attachments = cards.Cards.Select(c => Card(AdaptiveCardBuilder.Build(c, MessageBack))).ToList();
                    if (cards.Cards.Count > 1) activity.AttachmentLayout = "carousel";
                    break;
                case FileReply file:
                    activity.Attachments = [TeamsFiles.ConsentCard(file)];
                    break;
                default:
                    throw new NotSupportedException($"No Teams rendering for {reply.GetType().Name}.");
            }
            return activity;
        }).ToArray();

    private static Attachment Card(JsonObject card) => new() { ContentType = AdaptiveCardBuilder.ContentType, Content = card };

    private static JsonObject MessageBack(ReplyButton button) => new()
    {
        [TurnContext.ChoiceValueKey] = button.Value,
        ["msteams"] = new JsonObject { ["type"] = "messageBack", ["displayText"] = button.Label, ["text"] = button.Label },
    };
}
