using System.Data.Common;
using System.Threading.Channels;

namespace Kyodo.Bot.Storage;

/// <summary>
/// Group commit for small independent writes (the LINE inbox's): the writes queued while one transaction commits go
/// together in the next (one connection, one commit and one log append for all of them, and rows written together
/// share pages). A write's task completes once it is committed. Should the group's transaction fail, each write is
/// tried again in a transaction of its own, so only the write that fails reports the failure.
/// </summary>
public sealed class GroupCommit : IAsyncDisposable
{
    /// <summary>One write: runs its statements on the group's connection and transaction; returns the rows it changed.</summary>
    public delegate Task<int> Write(DbConnection connection, DbTransaction transaction);

    /// <summary>Bounds one transaction, so a burst is committed in steps rather than held in one long write lock.</summary>
    private const int MaxWritesPerCommit = 128;

    private readonly Database _database;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _committing;
    private long _transactions;

    /// <summary>How many transactions were begun so far (tests check that concurrent writes share them).</summary>
    internal long Transactions => Interlocked.Read(ref _transactions);

    public GroupCommit(Database database)
    {
        _database = database;
        _committing = Task.Run(CommitQueuedAsync);
    }

    /// <summary>Queues the write; completes with its rows changed once committed. Not cancellable once queued: the caller must learn the outcome.</summary>
    public Task<int> RunAsync(Write write, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new Pending(write);
        if (!_queue.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(GroupCommit));
        return pending.Committed.Task;
    }

    private async Task CommitQueuedAsync()
    {
        var group = new List<Pending>(MaxWritesPerCommit);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            group.Clear();
            while (group.Count < MaxWritesPerCommit && _queue.Reader.TryRead(out var pending)) group.Add(pending);
            if (group.Count > 1 && await TryCommitAsync(group).ConfigureAwait(false)) continue;
            foreach (var pending in group) await CommitAloneAsync(pending).ConfigureAwait(false);
        }
    }

    private async Task<bool> TryCommitAsync(List<Pending> group)
    {
        int[] changed;
        try
        {
            changed = await CommitAsync(group.Select(pending => pending.Write).ToArray()).ConfigureAwait(false);
        }
        catch (Exception)
        {
            return false;   // rolled back: each is tried alone, and only a write that fails again reports it
        }
        for (var i = 0; i < group.Count; i++) group[i].Committed.TrySetResult(changed[i]);
        return true;
    }

    private async Task CommitAloneAsync(Pending pending)
    {
        try
        {
            pending.Committed.TrySetResult((await CommitAsync([pending.Write]).ConfigureAwait(false))[0]);
        }
        catch (Exception exception)
        {
            pending.Committed.TrySetException(exception);
        }
    }

    private async Task<int[]> CommitAsync(Write[] writes)
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        Interlocked.Increment(ref _transactions);
        var changed = new int[writes.Length];
        for (var i = 0; i < writes.Length; i++) changed[i] = await writes[i](connection, transaction).ConfigureAwait(false);
        await transaction.CommitAsync().ConfigureAwait(false);
        return changed;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _committing.ConfigureAwait(false);
    }

    private sealed record Pending(Write Write)
    {
        public TaskCompletionSource<int> Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
