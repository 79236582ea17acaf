using Kyodo.Bot.Storage;
using Microsoft.Extensions.Options;

namespace Kyodo.Bot.Channels.Line;

/// <summary>
/// Processes stored webhook events in the order they arrived: the events of one person one at a time and in order,
/// different people in parallel. Several instances share the inbox by leases (<see cref="LineInbox.ClaimAsync"/>).
/// Events still pending after a crash are picked up at the next start (this instance is new; the old lease has no owner left).
/// </summary>
public sealed class LineInboxWorker(
    LineInbox inbox, LineInboxSignal signal, IServiceProvider services, IOptions<LineOptions> options, Database database, ILogger<LineInboxWorker> logger)
    : BackgroundService
{
    private const int BatchSize = 100;
    private const int ParallelPeople = 8;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    /// <summary>How long a claimed event stays this instance's; if the instance dies, another takes it over after this.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    // SQLite means one instance: after a restart it takes its own leases back at once. PostgreSQL instances are told
    // apart, and a dead one's events wait for its lease to run out.
    private readonly string _instance = database.Provider == "Sqlite" ? "single" : $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsConfigured) return;
        var processor = services.GetRequiredService<LineEventProcessor>();
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<InboxEvent> pending;
            try
            {
                pending = await inbox.ClaimAsync(_instance, BatchSize, Lease, stoppingToken).ConfigureAwait(false);
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
