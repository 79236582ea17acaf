using System.Data.Common;

namespace Kyodo.Bot.Storage;

/// <summary>
/// Group commit for small independent writes (the LINE inbox's): the writes queued while one transaction commits go
/// together in the next (one connection, one commit and one log append for all of them, and rows written together
/// share pages). A write's task completes once it is committed. Should the group's transaction fail, each write is
/// tried again in a transaction of its own, so only the write that fails reports the failure.
/// </summary>
public sealed class GroupCommit : IAsyncDisposable
{
    /// <summary>One write: runs its statements in the group's transaction; returns the rows it changed.</summary>
    public delegate Task<int> Write(GroupTransaction group);

    private readonly Database _database;
    private readonly CommitQueue<Write> _queue;
    private long _transactions;

    /// <summary>How many transactions were begun so far (tests check that concurrent writes share them).</summary>
    internal long Transactions => Interlocked.Read(ref _transactions);

    public GroupCommit(Database database)
    {
        _database = database;
        _queue = new CommitQueue<Write>(CommitGroupAsync, maxPerGroup: 128);
    }

    /// <summary>Queues the write; completes with its rows changed once committed. Not cancellable once queued: the caller must learn the outcome.</summary>
    public Task<int> RunAsync(Write write, CancellationToken cancellationToken) => _queue.EnqueueAsync(write, cancellationToken);

    private async Task CommitGroupAsync(List<CommitQueue<Write>.Entry> group)
    {
        if (group.Count > 1 && await TryCommitTogetherAsync(group).ConfigureAwait(false)) return;
        foreach (var entry in group) await CommitAloneAsync(entry).ConfigureAwait(false);
    }

    private async Task<bool> TryCommitTogetherAsync(List<CommitQueue<Write>.Entry> group)
    {
        int[] changed;
        try
        {
            changed = await CommitAsync(group.Select(entry => entry.Item).ToArray()).ConfigureAwait(false);
        }
        catch (Exception)
        {
            return false;   // rolled back: each is tried alone, and only a write that fails again reports it
        }
        for (var i = 0; i < group.Count; i++) group[i].Settled.TrySetResult(changed[i]);
        return true;
    }

    private async Task CommitAloneAsync(CommitQueue<Write>.Entry entry)
    {
        try
        {
            entry.Settled.TrySetResult((await CommitAsync([entry.Item]).ConfigureAwait(false))[0]);
        }
        catch (Exception exception)
        {
            entry.Settled.TrySetException(exception);
        }
    }

    private async Task<int[]> CommitAsync(Write[] writes)
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        Interlocked.Increment(ref _transactions);
        var changed = new int[writes.Length];
        await using (var group = new GroupTransaction(connection, transaction))
        {
            for (var i = 0; i < writes.Length; i++) changed[i] = await writes[i](group).ConfigureAwait(false);
        }
        await transaction.CommitAsync().ConfigureAwait(false);
        return changed;
    }

    public ValueTask DisposeAsync() => _queue.DisposeAsync();
}
