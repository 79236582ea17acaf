using Npgsql;

namespace Kyodo.Bot.Storage;

/// <summary>
/// With PostgreSQL: one connection per instance LISTENs on every subscriber's channel and hands each announcement to
/// the subscribers of its channel. When the database goes away, every subscriber is told it is not listening, and the
/// connection is opened again.
/// </summary>
public sealed class AnnouncementListener(Database database, IEnumerable<IAnnouncementSubscriber> subscribers, ILogger<AnnouncementListener> logger) : BackgroundService
{
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(2);

    private readonly ILookup<string, IAnnouncementSubscriber> _byChannel = subscribers.ToLookup(s => s.Channel, StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database is not PostgresDatabase postgres || _byChannel.Count == 0) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(postgres, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                TellListening(false);
                logger.LogWarning("Listening for other instances' announcements stopped ({Reason}); trying again.", exception.Message);
                await Task.Delay(Reconnect, stoppingToken).ConfigureAwait(false);
            }
            finally
            {
                if (stoppingToken.IsCancellationRequested) TellListening(false);
            }
        }
    }

    private async Task ListenAsync(PostgresDatabase postgres, CancellationToken stoppingToken)
    {
        await using var connection = await postgres.OpenListeningAsync(stoppingToken).ConfigureAwait(false);
        connection.Notification += (_, notification) => Deliver(notification.Channel, notification.Payload);
        await using (var listen = new NpgsqlCommand(string.Concat(_byChannel.Select(channel => $"LISTEN {channel.Key};")), connection))
            await listen.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false);
        TellListening(true);
        while (!stoppingToken.IsCancellationRequested) await connection.WaitAsync(stoppingToken).ConfigureAwait(false);
    }

    private void Deliver(string channel, string payload)
    {
        foreach (var subscriber in _byChannel[channel])
        {
            try
            {
                subscriber.Heard(payload);
            }
            catch (Exception exception)
            {
                // One subscriber's trouble must not end the connection the others depend on.
                logger.LogWarning(exception, "An announcement on {Channel} could not be handled.", channel);
            }
        }
    }

    private void TellListening(bool listening)
    {
        foreach (var subscriber in _byChannel.SelectMany(channel => channel)) subscriber.Listening(listening);
    }
}
