using System.Text.Json;
using Kyodo.Bot.Activities;
using Kyodo.Bot.DirectLine;
using Kyodo.Bot.Storage;

namespace Kyodo.Bot.Handoff.Delivery;

/// <summary>
/// Hears (PostgreSQL, <see cref="AnnouncementListener"/>) the Web Chat messages other instances could not deliver
/// themselves, and appends those for conversations this instance holds.
/// </summary>
public sealed class WebChatBroadcastReceiver(DirectLineConversations conversations, ILogger<WebChatBroadcastReceiver> logger) : IAnnouncementSubscriber
{
    public string Channel => WebChatBroadcast.Channel;

    public void Heard(string payload)
    {
        try
        {
            var delivery = JsonSerializer.Deserialize<WebChatDelivery>(payload, BotJson.Options);
            if (delivery is not null && conversations.Find(delivery.ConversationId) is { } conversation) conversation.Append(delivery.Activities);
        }
        catch (JsonException exception)
        {
            logger.LogWarning(exception, "A Web Chat message from another instance could not be read.");
        }
    }

    /// <summary>Nothing is kept in memory that listening would keep true.</summary>
    public void Listening(bool listening) { }
}
