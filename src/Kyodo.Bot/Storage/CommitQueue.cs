using System.Threading.Channels;

namespace Kyodo.Bot.Storage;

/// <summary>
/// The queue behind group commit: the items queued while one group is being committed are handed over together as the
/// next group (at most <c>maxPerGroup</c>, so a burst is committed in steps rather than in one long write lock). An
/// item's task completes when the committer settles its <see cref="Entry.Settled"/>; should the committer throw, every
/// item of that group fails with the exception.
/// </summary>
internal sealed class CommitQueue<TItem> : IAsyncDisposable
{
    public sealed class Entry(TItem item)
    {
        public TItem Item { get; } = item;

        public TaskCompletionSource<int> Settled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private readonly Channel<Entry> _queue = Channel.CreateUnbounded<Entry>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<List<Entry>, Task> _commitGroup;
    private readonly int _maxPerGroup;
    private readonly Task _committing;

    public CommitQueue(Func<List<Entry>, Task> commitGroup, int maxPerGroup)
    {
        _commitGroup = commitGroup;
        _maxPerGroup = maxPerGroup;
        _committing = Task.Run(CommitQueuedAsync);
    }

    /// <summary>Queues the item. Not cancellable once queued: the caller must learn whether it was committed.</summary>
    public Task<int> EnqueueAsync(TItem item, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var entry = new Entry(item);
        if (!_queue.Writer.TryWrite(entry)) throw new ObjectDisposedException(nameof(CommitQueue<TItem>));
        return entry.Settled.Task;
    }

    private async Task CommitQueuedAsync()
    {
        var group = new List<Entry>(_maxPerGroup);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            group.Clear();
            while (group.Count < _maxPerGroup && _queue.Reader.TryRead(out var entry)) group.Add(entry);
            try
            {
                await _commitGroup(group).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                foreach (var entry in group) entry.Settled.TrySetException(exception);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _committing.ConfigureAwait(false);
    }
}
