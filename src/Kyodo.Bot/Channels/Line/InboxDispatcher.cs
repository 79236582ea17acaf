namespace Kyodo.Bot.Channels.Line;

/// <summary>
/// Runs the inbox events the worker claimed: one person's events one at a time and in order, up to
/// <c>parallelPeople</c> people at once. A turn mostly waits for LINE's API, so many run side by side; when a person's
/// events are done, the next waiting person starts at once, so one slow reply never holds up the others.
/// </summary>
internal sealed class InboxDispatcher(int parallelPeople, int capacity, Func<InboxEvent, Task> process, Action roomAgain)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Queue<InboxEvent>> _queues = [];
    private readonly Queue<string> _waitingPeople = new();
    private readonly HashSet<long> _held = [];
    private readonly HashSet<Task> _drains = [];
    private int _runningPeople;

    // A claim read while an event's "done" was being committed can still return it: events finished since that claim
    // began are remembered, with the claim they finished during, so they are not taken twice.
    private readonly Dictionary<long, long> _finishedDuringClaim = [];
    private long _claim;

    /// <summary>Held events (queued or running) have reached <c>capacity</c>: claim no more until some finish.</summary>
    public bool IsFull
    {
        get { lock (_gate) return _held.Count >= capacity; }
    }

    /// <summary>Some held events are still queued or running.</summary>
    public bool IsBusy
    {
        get { lock (_gate) return _held.Count > 0; }
    }

    /// <summary>Call before reading claimed events; pass the number it returns to <see cref="Add"/>.</summary>
    public long BeginClaim()
    {
        lock (_gate) return ++_claim;
    }

    /// <summary>Takes the events not already held or finished; returns how many were new.</summary>
    public int Add(IEnumerable<InboxEvent> claimed, long claim)
    {
        var added = 0;
        var start = new List<string>();
        lock (_gate)
        {
            // Finished before this claim began: its read cannot return them any more.
            foreach (var sequence in _finishedDuringClaim.Where(f => f.Value < claim).Select(f => f.Key).ToArray())
                _finishedDuringClaim.Remove(sequence);
            foreach (var stored in claimed)
            {
                if (_finishedDuringClaim.ContainsKey(stored.Sequence) || !_held.Add(stored.Sequence)) continue;
                added++;
                if (!_queues.TryGetValue(stored.UserKey, out var queue))
                {
                    _queues[stored.UserKey] = queue = new Queue<InboxEvent>();
                    if (_runningPeople < parallelPeople)
                    {
                        _runningPeople++;
                        start.Add(stored.UserKey);
                    }
                    else _waitingPeople.Enqueue(stored.UserKey);
                }
                queue.Enqueue(stored);
            }
            foreach (var person in start) Track(Task.Run(() => DrainAsync(person)));
        }
        return added;
    }

    /// <summary>Waits for the running events to finish (they stop early once their cancellation token is cancelled).</summary>
    public Task StoppedAsync()
    {
        lock (_gate) return Task.WhenAll(_drains);
    }

    private void Track(Task drain)
    {
        _drains.Add(drain);
        drain.ContinueWith(done => { lock (_gate) _drains.Remove(done); }, TaskScheduler.Default);
    }

    private async Task DrainAsync(string person)
    {
        for (var current = person; current is not null; current = NextPerson())
        {
            while (TakeNext(current) is { } stored)
            {
                await process(stored).ConfigureAwait(false);
                Finished(stored);
            }
        }
    }

    private InboxEvent? TakeNext(string person)
    {
        lock (_gate)
        {
            var queue = _queues[person];
            if (queue.TryDequeue(out var next)) return next;
            _queues.Remove(person);
            return null;
        }
    }

    private string? NextPerson()
    {
        lock (_gate)
        {
            if (_waitingPeople.TryDequeue(out var person)) return person;
            _runningPeople--;
            return null;
        }
    }

    private void Finished(InboxEvent stored)
    {
        bool wasFull;
        lock (_gate)
        {
            wasFull = _held.Count >= capacity;
            _held.Remove(stored.Sequence);
            _finishedDuringClaim[stored.Sequence] = _claim;
        }
        if (wasFull) roomAgain();
    }
}
