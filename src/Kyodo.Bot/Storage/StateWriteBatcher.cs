using System.Data.Common;
using System.Threading.Channels;

namespace Kyodo.Bot.Storage;

/// <summary>
/// Group commit for state writes: while one transaction commits, the turns that finish meanwhile queue up and are
/// committed together in the next one (one connection, one commit, one WAL flush for all of them). Each turn's writes
/// sit in their own savepoint, so a turn whose version check fails is rolled back alone and the others still commit.
/// A turn's <see cref="WriteAsync"/> completes only once its writes are committed (or known to have failed).
/// </summary>
public sealed class StateWriteBatcher : IAsyncDisposable
{
    /// <summary>Bounds one transaction, so a burst is committed in steps rather than held in one long write lock.</summary>
    private const int MaxTurnsPerCommit = 128;

    private readonly Database _database;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _committing;
    private long _transactions;

    /// <summary>How many transactions were begun so far (tests check that concurrent turns share them).</summary>
    internal long Transactions => Interlocked.Read(ref _transactions);

    public StateWriteBatcher(Database database)
    {
        _database = database;
        _committing = Task.Run(CommitQueuedAsync);
    }

    /// <summary>Commits all <paramref name="writes"/> or none; throws <see cref="ConcurrencyConflictException"/> when a version check fails.</summary>
    public Task WriteAsync(IReadOnlyList<StateWrite> writes, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new PendingWrite(writes);
        if (!_queue.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(StateWriteBatcher));
        // Not cancellable once queued: the caller must learn whether its writes were committed.
        return pending.Committed.Task;
    }

    private async Task CommitQueuedAsync()
    {
        var batch = new List<PendingWrite>(MaxTurnsPerCommit);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxTurnsPerCommit && _queue.Reader.TryRead(out var pending)) batch.Add(pending);
            try
            {
                await CommitAsync(batch).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                foreach (var pending in batch) pending.Committed.TrySetException(exception);
            }
        }
    }

    private async Task CommitAsync(List<PendingWrite> batch)
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        Interlocked.Increment(ref _transactions);
        using var statements = new WriteStatements(connection, transaction, DateTimeOffset.UtcNow.ToString("O"));
        var conflicts = new string?[batch.Count];
        if (batch.Count == 1)
        {
            conflicts[0] = await statements.RunAsync(batch[0].Writes).ConfigureAwait(false);
            if (conflicts[0] is null) await transaction.CommitAsync().ConfigureAwait(false);
            else await transaction.RollbackAsync().ConfigureAwait(false);
        }
        else
        {
            for (var i = 0; i < batch.Count; i++)
            {
                await transaction.SaveAsync("turn").ConfigureAwait(false);
                conflicts[i] = await statements.RunAsync(batch[i].Writes).ConfigureAwait(false);
                if (conflicts[i] is not null) await transaction.RollbackAsync("turn").ConfigureAwait(false);
                await transaction.ReleaseAsync("turn").ConfigureAwait(false);
            }
            await transaction.CommitAsync().ConfigureAwait(false);
        }
        for (var i = 0; i < batch.Count; i++)
        {
            if (conflicts[i] is { } key) batch[i].Committed.TrySetException(new ConcurrencyConflictException(key));
            else batch[i].Committed.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _committing.ConfigureAwait(false);
    }

    private sealed record PendingWrite(IReadOnlyList<StateWrite> Writes)
    {
        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>The insert and the versioned update, each prepared once per transaction and reused for every write in it.</summary>
    private sealed class WriteStatements(DbConnection connection, DbTransaction transaction, string now) : IDisposable
    {
        private DbCommand? _insert;
        private DbCommand? _update;

        /// <summary>Runs the writes in order; returns the key of the first whose version check failed, or null.</summary>
        public async Task<string?> RunAsync(IReadOnlyList<StateWrite> writes)
        {
            foreach (var write in writes)
            {
                var command = write.ExpectedVersion == 0
                    ? _insert ??= Prepare("INSERT INTO state (key, json, version, updated_at) VALUES (@key, @json, 1, @now) ON CONFLICT(key) DO NOTHING")
                    : _update ??= Prepare("UPDATE state SET json = @json, version = version + 1, updated_at = @now WHERE key = @key AND version = @expected");
                command.Parameters["@key"].Value = write.Key;
                command.Parameters["@json"].Value = write.Json;
                command.Parameters["@expected"].Value = write.ExpectedVersion;
                if (await command.ExecuteNonQueryAsync().ConfigureAwait(false) != 1) return write.Key;
            }
            return null;
        }

        private DbCommand Prepare(string sql) =>
            Database.Command(connection, transaction, sql, ("@key", ""), ("@json", ""), ("@expected", 0L), ("@now", now));

        public void Dispose()
        {
            _insert?.Dispose();
            _update?.Dispose();
        }
    }
}
