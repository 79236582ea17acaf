using Microsoft.Extensions.Options;

namespace Kyodo.Bot.Channels.Line;

/// <summary>Runs <see cref="LineRetention"/> at start-up and then every hour.</summary>
public sealed class LineRetentionWorker(LineRetention retention, IOptions<LineOptions> options, ILogger<LineRetentionWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsConfigured) return;
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                var deleted = await retention.DeleteExpiredAsync(stoppingToken).ConfigureAwait(false);
                if (deleted > 0) logger.LogInformation("Retention deleted {Count} expired LINE record(s).", deleted);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The retention job failed; it runs again in an hour.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
