using Microsoft.Extensions.Options;

namespace Kyodo.Bot.Channels.Line;

/// <summary>
/// Processes stored webhook events in the order they arrived: the events of one person one at a time and in order,
/// different people in parallel. Events still pending after a crash are picked up at the next start.
/// </summary>
public sealed class LineInboxWorker(
    LineInbox inbox, LineInboxSignal signal, IServiceProvider services, IOptions<LineOptions> options, ILogger<LineInboxWorker> logger)
    : BackgroundService
{
    private const int BatchSize = 100;
    private const int ParallelPeople = 8;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsConfigured) return;
        var processor = services.GetRequiredService<LineEventProcessor>();
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<InboxEvent> pending;
            try
            {
                pending = await inbox.PendingAsync(BatchSize, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The LINE inbox could not be read; trying again shortly.");
                pending = [];
            }
            if (pending.Count == 0)
            {
                await signal.WaitAsync(PollInterval, stoppingToken).ConfigureAwait(false);
                continue;
            }
            var people = pending.GroupBy(e => e.UserKey).ToArray();
            await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = ParallelPeople, CancellationToken = stoppingToken },
                async (person, token) =>
                {
                    foreach (var stored in person) await ProcessOneAsync(processor, stored, token).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
    }

    private async Task ProcessOneAsync(LineEventProcessor processor, InboxEvent stored, CancellationToken cancellationToken)
    {
        try
        {
            await processor.ProcessAsync(stored, cancellationToken).ConfigureAwait(false);
            await inbox.MarkDoneAsync(stored.Sequence, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "LINE event {EventId} could not be processed; it is kept as failed.", stored.EventId);
            await inbox.MarkFailedAsync(stored.Sequence, $"{exception.GetType().Name}: {exception.Message}", cancellationToken).ConfigureAwait(false);
        }
    }
}
