using System.Text.Json;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Channels;
using Kyodo.Bot.Conversation;
using Kyodo.Bot.Conversation.Replies;

namespace Kyodo.Bot.Channels.WebChat;

/// <summary>
/// Renders for Bot Framework Web Chat, the Emulator and tests (and any channel without its own renderer):
/// choices as suggested actions (messageBack, so the value comes back with the label shown), cards as Adaptive Cards.
/// </summary>
public sealed class WebChatRenderer : IReplyRenderer
{
    private static readonly string[] Channels = ["webchat", "directline", "emulator", "test"];

    public bool Handles(string? channelId) => channelId is null || Channels.Contains(channelId);

    public IReadOnlyList<Activity> Render(IReadOnlyList<Reply> replies, Activity incoming) =>
        replies.Select(reply => reply switch
        {
            TextReply text => Message(incoming, text.Text),
            ChoiceReply choice => WithSuggestedActions(Message(incoming, choice.Text), choice.Buttons),
            CardReply cards => WithCards(Message(incoming, null), cards.Cards),
            FileReply file => WithFile(Message(incoming, null), file),
            _ => throw new NotSupportedException($"No Web Chat rendering for {reply.GetType().Name}."),
        }).ToArray();

    private static Activity Message(Activity incoming, string? text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Locale = "ja-JP",
        ReplyToId = incoming.Id,
        Conversation = incoming.Conversation,
        Recipient = incoming.From,
        ChannelId = incoming.ChannelId,
    };

    private static Activity WithSuggestedActions(Activity activity, IReadOnlyList<ReplyButton> buttons)
    {
        activity.SuggestedActions = new SuggestedActions
        {
            Actions = buttons.Select(b => new CardAction
            {
                Type = "messageBack",
                Title = b.Label,
                Text = b.Label,
                DisplayText = b.Label,
                Value = ChoiceValue.Of(b.Value),
            }).ToList(),
        };
        activity.InputHint = "expectingInput";
        return activity;
    }

    private static Activity WithFile(Activity activity, FileReply file)
    {
        activity.Attachments = [new Attachment { ContentType = file.ContentType, ContentUrl = file.DownloadUrl, Name = file.Name }];
        return activity;
    }

    private static Activity WithCards(Activity activity, IReadOnlyList<Card> cards)
    {
        activity.Attachments = cards.Select(card => new Attachment
        {
            ContentType = AdaptiveCardBuilder.ContentType,
            Content = AdaptiveCardBuilder.Build(card),
        }).ToList();
        if (cards.Count > 1) activity.AttachmentLayout = "carousel";
        return activity;
    }
}
