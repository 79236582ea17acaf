using System.Collections.Concurrent;
using System.Diagnostics;
using Kyodo.Bot.Storage;
using Microsoft.Extensions.Options;

namespace Kyodo.Bot.Channels.Line;

/// <summary>
/// Processes stored webhook events in the order they arrived: the events of one person one at a time and in order,
/// different people in parallel (<see cref="LineOptions.ParallelPeople"/>, see <see cref="InboxDispatcher"/>). It claims
/// new events whenever the webhook stores some, while earlier ones are still running. Several instances share the inbox
/// by leases (<see cref="LineInbox.ClaimAsync"/>). Events still pending after a crash are picked up at the next start
/// (this instance is new; the old lease has no owner left).
/// </summary>
public sealed class LineInboxWorker(
    LineInbox inbox, LineInboxSignal signal, IServiceProvider services, IOptions<LineOptions> options, Database database, ILogger<LineInboxWorker> logger)
    : BackgroundService
{
    /// <summary>At most this many events are held (claimed and not yet done), so each is processed well within its lease.</summary>
    private const int MaxHeld = 200;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    /// <summary>
    /// While earlier events still run, claims follow each other at least this far apart: under load one claim then takes
    /// the events of many webhooks (bench/Load: nearly one claim per event before, each a transaction of two
    /// statements). An event that finds nothing running is claimed at once.
    /// </summary>
    private static readonly TimeSpan ClaimSpacing = TimeSpan.FromMilliseconds(5);

    /// <summary>How long a claimed event stays this instance's; if the instance dies, another takes it over after this.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    // SQLite means one instance: after a restart it takes its own leases back at once. PostgreSQL instances are told
    // apart, and a dead one's events wait for its lease to run out.
    private readonly string _instance = database.Provider == "Sqlite" ? "single" : $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    private bool _retaken;

    /// <summary>
    /// Events answered (by sequence, with their event id for the log) whose "done" could not be written (the store was
    /// failing): marked again before each claim, and not run again meanwhile (run again, the turn would be known as
    /// applied and only its used reply token tried: work for nothing). After a restart this memory is gone, and that
    /// is what happens.
    /// </summary>
    private readonly ConcurrentDictionary<long, string> _doneUnrecorded = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsConfigured) return;
        var processor = services.GetRequiredService<LineEventProcessor>();
        var dispatcher = new InboxDispatcher(Math.Max(1, options.Value.ParallelPeople), MaxHeld,
            stored => ProcessOneAsync(processor, stored, stoppingToken), roomAgain: signal.Notify);
        var lastClaim = 0L;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await RecordUnrecordedDoneAsync(stoppingToken).ConfigureAwait(false);
                if (dispatcher.IsFull)
                {
                    await signal.WaitAsync(PollInterval, stoppingToken).ConfigureAwait(false);
                    continue;
                }
                var pause = PauseBeforeClaim(Stopwatch.GetElapsedTime(lastClaim), dispatcher.IsBusy);
                if (pause > TimeSpan.Zero) await Task.Delay(pause, stoppingToken).ConfigureAwait(false);
                lastClaim = Stopwatch.GetTimestamp();
                // What the webhook stores during a claim sets the signal again: the next claim takes it.
                if (!await ClaimAsync(dispatcher, stoppingToken).ConfigureAwait(false))
                    await signal.WaitAsync(PollInterval, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            try
            {
                await dispatcher.StoppedAsync().ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopped mid-turn: those events stay pending and are processed after the next start.
            }
        }
    }

    internal static TimeSpan PauseBeforeClaim(TimeSpan sinceLastClaim, bool eventsRunning) =>
        eventsRunning && sinceLastClaim < ClaimSpacing ? ClaimSpacing - sinceLastClaim : TimeSpan.Zero;

    /// <summary>Claims pending events and hands the new ones to the dispatcher; returns whether more may be pending (a full claim).</summary>
    private async Task<bool> ClaimAsync(InboxDispatcher dispatcher, CancellationToken stoppingToken)
    {
        var claim = dispatcher.BeginClaim();
        try
        {
            var claimed = await inbox.ClaimAsync(_instance, MaxHeld, Lease, stoppingToken, retakeHeld: !_retaken).ConfigureAwait(false);
            _retaken = true;
            dispatcher.Add([.. claimed.Where(stored => !_doneUnrecorded.ContainsKey(stored.Sequence))], claim);
            return claimed.Count >= MaxHeld;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "The LINE inbox could not be read; trying again shortly.");
            return false;
        }
    }

    private async Task ProcessOneAsync(LineEventProcessor processor, InboxEvent stored, CancellationToken cancellationToken)
    {
        try
        {
            await processor.ProcessAsync(stored, cancellationToken).ConfigureAwait(false);
        }
        // A cancellation that is not the host stopping (an HTTP client's own timeout) is a failure like any other.
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "LINE event {EventId} could not be processed; it is kept as failed.", stored.EventId);
            try
            {
                await inbox.MarkFailedAsync(stored.Sequence, $"{exception.GetType().Name}: {exception.Message}", cancellationToken).ConfigureAwait(false);
            }
            catch (Exception unrecorded) when (!cancellationToken.IsCancellationRequested)
            {
                // The store itself is failing: the event stays pending and is claimed again when its lease runs out.
                logger.LogError(unrecorded, "LINE event {EventId} could not be marked failed; it stays pending.", stored.EventId);
            }
            return;
        }
        try
        {
            await inbox.MarkDoneAsync(stored.Sequence, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception unrecorded) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(unrecorded, "LINE event {EventId} was answered but could not be marked done; marking it again shortly.", stored.EventId);
            _doneUnrecorded[stored.Sequence] = stored.EventId;
        }
    }

    private async Task RecordUnrecordedDoneAsync(CancellationToken cancellationToken)
    {
        foreach (var (sequence, eventId) in _doneUnrecorded)
        {
            try
            {
                await inbox.MarkDoneAsync(sequence, cancellationToken).ConfigureAwait(false);
                _doneUnrecorded.TryRemove(sequence, out _);
                logger.LogInformation("LINE event {EventId} is now marked done.", eventId);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning("LINE event {EventId} still could not be marked done: {Reason}", eventId, exception.Message);
                return;
            }
        }
    }
}
