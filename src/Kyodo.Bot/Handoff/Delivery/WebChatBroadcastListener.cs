using System.Text.Json;
using Kyodo.Bot.Activities;
using Kyodo.Bot.DirectLine;
using Kyodo.Bot.Storage;

namespace Kyodo.Bot.Handoff.Delivery;

/// <summary>
/// Listens (PostgreSQL LISTEN) for Web Chat messages other instances could not deliver themselves, and appends those
/// for conversations this instance holds. Reconnects when the database goes away.
/// </summary>
public sealed class WebChatBroadcastListener(Database database, DirectLineConversations conversations, ILogger<WebChatBroadcastListener> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        database is PostgresDatabase postgres
            ? PostgresListener.ListenAsync(postgres, WebChatBroadcast.Channel, Deliver, connected: _ => { }, logger, stoppingToken)
            : Task.CompletedTask;

    private void Deliver(string payload)
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
}
