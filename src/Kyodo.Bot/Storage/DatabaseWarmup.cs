namespace Kyodo.Bot.Storage;

/// <summary>
/// Opens the database (creating or migrating its schema) as the host starts. When it does not answer, the host keeps
/// running (<c>/readyz</c> says not ready), says why in the log, and tries again with growing pauses until it does.
/// </summary>
public sealed class DatabaseWarmup(Database database, ILogger<DatabaseWarmup> logger) : BackgroundService
{
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pause = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await database.OpenAsync(stoppingToken).ConfigureAwait(false);
                logger.LogInformation("The {Provider} database is ready.", database.Provider);
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning("The {Provider} database is not reachable ({Reason}); trying again in {Seconds} s.", database.Provider, exception.Message, pause.TotalSeconds);
            }
            await Task.Delay(pause, stoppingToken).ConfigureAwait(false);
            pause = pause * 2 < MaxPause ? pause * 2 : MaxPause;
        }
    }
}
