using Npgsql;

namespace Kyodo.Bot.Storage;

/// <summary>
/// LISTENs on one PostgreSQL channel for what other instances announce, reconnecting when the database goes away.
/// <c>connected</c> is told when listening starts (true) and stops (false): notifications sent meanwhile are lost.
/// </summary>
public static class PostgresListener
{
    public static async Task ListenAsync(
        PostgresDatabase database, string channel, Action<string> notified, Action<bool> connected, ILogger logger, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await database.OpenListeningAsync(stoppingToken).ConfigureAwait(false);
                connection.Notification += (_, notification) => notified(notification.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {channel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false);
                connected(true);
                while (!stoppingToken.IsCancellationRequested) await connection.WaitAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                connected(false);
                logger.LogWarning("Listening on {Channel} for other instances stopped ({Reason}); trying again.", channel, exception.Message);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken).ConfigureAwait(false);
            }
            finally
            {
                if (stoppingToken.IsCancellationRequested) connected(false);
            }
        }
    }
}
