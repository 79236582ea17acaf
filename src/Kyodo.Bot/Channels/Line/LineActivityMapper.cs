using System.Text.Json;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Conversation;

namespace Kyodo.Bot.Channels.Line;

/// <summary>Translates a LINE event from a 1:1 chat into the channel-neutral activity the bot understands.</summary>
public static class LineActivityMapper
{
    public static Activity? ToActivity(LineEvent lineEvent)
    {
        var userId = lineEvent.UserId;
        if (userId is null) return null;
        var activity = new Activity
        {
            Id = lineEvent.MessageId ?? lineEvent.WebhookEventId,
            ChannelId = LineRenderer.ChannelId,
            Timestamp = lineEvent.Timestamp,
            Conversation = new ConversationAccount { Id = userId },
            From = new ChannelAccount { Id = userId, Role = "user" },
            Recipient = new ChannelAccount { Id = "line-bot", Role = "bot" },
            Locale = "ja-JP",
        };
        switch (lineEvent.Type)
        {
            case "follow":
                activity.Type = ActivityTypes.ConversationUpdate;
                activity.MembersAdded = [new ChannelAccount { Id = userId }];
                return activity;
            case "postback" when lineEvent.PostbackData is { } data:
                activity.Value = ChoiceValue.Of(data);
                return activity;
            case "message" when lineEvent.MessageType == "text":
                activity.Text = lineEvent.Text;
                return activity;
            case "message":
                // Stickers, images, video, audio, files, locations: the bot reads text only and says so politely.
                activity.Attachments = [new Attachment { ContentType = $"application/vnd.line.{lineEvent.MessageType ?? "unknown"}" }];
                return activity;
            default:
                return null;
        }
    }
}
