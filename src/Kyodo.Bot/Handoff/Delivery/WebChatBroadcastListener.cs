using System.Text.Json;
using Kyodo.Bot.Activities;
using Kyodo.Bot.DirectLine;
using Kyodo.Bot.Storage;
using Npgsql;

namespace Kyodo.Bot.Handoff.Delivery;

/// <summary>
/// Listens (PostgreSQL LISTEN) for Web Chat messages other instances could not deliver themselves, and appends those
/// for conversations this instance holds. Reconnects when the database goes away.
/// </summary>
public sealed class WebChatBroadcastListener(Database database, DirectLineConversations conversations, ILogger<WebChatBroadcastListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database is not PostgresDatabase postgres) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await postgres.OpenListeningAsync(stoppingToken).ConfigureAwait(false);
                connection.Notification += (_, notification) => Deliver(notification.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {WebChatBroadcast.Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false);
                while (!stoppingToken.IsCancellationRequested) await connection.WaitAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning("Listening for Web Chat messages from other instances stopped ({Reason}); trying again.", exception.Message);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken).ConfigureAwait(false);
            }
        }
    }

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
