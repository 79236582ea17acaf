using System.Data.Common;

namespace Kyodo.Bot.Storage;

/// <summary>
/// Group commit for state writes: while one transaction commits, the turns that finish meanwhile queue up and are
/// committed together in the next one (one connection, one commit, one WAL flush for all of them). Should a turn's
/// version check fail, the batch is rolled back and its turns are committed one by one, so only that turn fails.
/// A turn's <see cref="WriteAsync"/> completes only once its writes are committed (or known to have failed). What a
/// turn writes alongside its state (its statistics events) goes in the same transaction, after all the state writes.
/// </summary>
public sealed class StateWriteBatcher : IAsyncDisposable
{
    /// <summary>PostgreSQL: each transaction announces the keys it wrote here, to the other instances' memory of them.</summary>
    public const string WrittenChannel = "kyodo_state_written";

    public const string Announce = "SELECT pg_notify(@channel, @payload)";

    /// <summary>A NOTIFY payload must stay under 8,000 bytes: keys beyond this go in another.</summary>
    private const int MaxAnnouncementChars = 1_800;

    private readonly Database _database;
    private readonly string? _announceAs;
    private readonly CommitQueue<TurnWrites> _queue;

    /// <summary>One turn's state writes and what it writes alongside them.</summary>
    private sealed record TurnWrites(IReadOnlyList<StateWrite> States, AlongsideWrite? Alongside);
    private long _transactions;

    /// <summary>How many transactions were begun so far (tests check that concurrent turns share them).</summary>
    internal long Transactions => Interlocked.Read(ref _transactions);

    /// <param name="announceAs">PostgreSQL: this instance's name in the announcements of its writes; null announces nothing.</param>
    public StateWriteBatcher(Database database, string? announceAs = null)
    {
        _database = database;
        _announceAs = announceAs;
        _queue = new CommitQueue<TurnWrites>(CommitAsync, maxPerGroup: 128);
    }

    /// <summary>
    /// Commits all <paramref name="writes"/> and <paramref name="alongside"/> or none; throws
    /// <see cref="ConcurrencyConflictException"/> when a version check fails.
    /// </summary>
    public Task WriteAsync(IReadOnlyList<StateWrite> writes, AlongsideWrite? alongside, CancellationToken cancellationToken) =>
        _queue.EnqueueAsync(new TurnWrites(writes, alongside), cancellationToken);

    private async Task CommitAsync(List<CommitQueue<TurnWrites>.Entry> batch)
    {
        string? conflicted;
        try
        {
            conflicted = await TryCommitTogetherAsync(batch).ConfigureAwait(false);
        }
        catch (Exception) when (batch.Count > 1)
        {
            // Rolled back (something a turn wrote alongside failed, or the database did): only a turn whose writes
            // fail again on their own reports it.
            await CommitEachAloneAsync(batch).ConfigureAwait(false);
            return;
        }
        if (conflicted is null)
        {
            foreach (var turn in batch) turn.Settled.TrySetResult(0);
            return;
        }
        if (batch.Count == 1)
        {
            batch[0].Settled.TrySetException(new ConcurrencyConflictException(conflicted));
            return;
        }
        // Rare: some turn's version check failed, and the whole transaction was rolled back. Each turn then gets its
        // own transaction, so the others are saved and only the conflicting ones fail.
        await CommitEachAloneAsync(batch).ConfigureAwait(false);
    }

    private async Task CommitEachAloneAsync(List<CommitQueue<TurnWrites>.Entry> batch)
    {
        foreach (var turn in batch)
        {
            try
            {
                await CommitAsync([turn]).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                turn.Settled.TrySetException(exception);
            }
        }
    }

    /// <summary>Writes every turn of the batch in one transaction; returns null once committed, or the key of the first conflict (nothing saved).</summary>
    private async Task<string?> TryCommitTogetherAsync(List<CommitQueue<TurnWrites>.Entry> batch)
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        StateWrite[] states = [.. batch.SelectMany(turn => turn.Item.States)];
        var alongside = batch.Select(turn => turn.Item.Alongside).OfType<AlongsideWrite>().ToArray();
        if (connection.CanCreateBatch && alongside.Length > 0)
        {
            // PostgreSQL: what the turns write alongside goes in the states' round trip, without savepoints…
            try
            {
                return await WriteInOneTransactionAsync(connection, states, alongside.SelectMany(write => write.Statements), []).ConfigureAwait(false);
            }
            catch (DbException)
            {
                // …and should any of it fail (the transaction is rolled back), the careful way: each turn's own behind a savepoint.
            }
        }
        return await WriteInOneTransactionAsync(connection, states, [], alongside).ConfigureAwait(false);
    }

    /// <summary>
    /// The states with <paramref name="inTheBatch"/> after them (PostgreSQL: in one round trip), then each of
    /// <paramref name="behindSavepoints"/>, then the commit; returns null once committed, or the key of the first conflict.
    /// </summary>
    private async Task<string?> WriteInOneTransactionAsync(
        DbConnection connection, StateWrite[] states, IEnumerable<SqlStatement> inTheBatch, AlongsideWrite[] behindSavepoints)
    {
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        Interlocked.Increment(ref _transactions);
        if (await WriteAllAsync(connection, transaction, states, inTheBatch).ConfigureAwait(false) is { } conflicted)
        {
            await transaction.RollbackAsync().ConfigureAwait(false);
            return conflicted;
        }
        if (behindSavepoints.Length > 0)
        {
            await using var group = new GroupTransaction(connection, transaction);
            foreach (var write in behindSavepoints) await WriteBehindSavepointAsync(group, write).ConfigureAwait(false);
        }
        await transaction.CommitAsync().ConfigureAwait(false);
        return null;
    }

    /// <summary>Runs what a turn writes alongside its state; should it fail, it alone is rolled back and the transaction goes on.</summary>
    private static async Task WriteBehindSavepointAsync(GroupTransaction group, AlongsideWrite write)
    {
        try
        {
            await group.ExecuteInOrderAsync([new(Savepoint), .. write.Statements, new(Release)]).ConfigureAwait(false);
        }
        catch (DbException exception)
        {
            await group.Command(RollBack).ExecuteNonQueryAsync().ConfigureAwait(false);
            await group.Command(Release).ExecuteNonQueryAsync().ConfigureAwait(false);
            write.Failed(exception);
        }
    }

    private const string Savepoint = "SAVEPOINT alongside";
    private const string Release = "RELEASE SAVEPOINT alongside";
    private const string RollBack = "ROLLBACK TO SAVEPOINT alongside";

    public ValueTask DisposeAsync() => _queue.DisposeAsync();

    private const string Insert = "INSERT INTO state (key, json, version, updated_at) VALUES (@key, @json, 1, @now) ON CONFLICT(key) DO NOTHING";
    private const string Update = "UPDATE state SET json = @json, version = version + 1, updated_at = @now WHERE key = @key AND version = @expected";

    /// <summary>
    /// Runs the writes in order, then <paramref name="alongside"/> (PostgreSQL only: in the same round trip); returns
    /// the key of the first write whose version check failed, or null.
    /// </summary>
    private async Task<string?> WriteAllAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<StateWrite> writes, IEnumerable<SqlStatement> alongside)
    {
        var now = DateTimeOffset.UtcNow.ToString("O");
        if (connection.CanCreateBatch)
        {
            // PostgreSQL: all the statements in one round trip.
            await using var batch = connection.CreateBatch();
            batch.Transaction = transaction;
            foreach (var write in writes) batch.Add(new SqlStatement(write.ExpectedVersion == 0 ? Insert : Update, Parameters(write, now)));
            if (_announceAs is not null)
            {
                foreach (var payload in Announcement(_announceAs, writes.Select(write => write.Key)))
                    batch.Add(new SqlStatement(Announce, ("@channel", WrittenChannel), ("@payload", payload)));
            }
            foreach (var statement in alongside) batch.Add(statement);
            await batch.ExecuteNonQueryAsync().ConfigureAwait(false);
            for (var i = 0; i < writes.Count; i++)
                if (batch.BatchCommands[i].RecordsAffected != 1) return writes[i].Key;
            return null;
        }
        // SQLite runs in process: no round trips to save, each statement prepared once and reused.
        await using var insert = Database.Command(connection, transaction, Insert, Parameters(new StateWrite("", [], 0), now));
        await using var update = Database.Command(connection, transaction, Update, Parameters(new StateWrite("", [], 0), now));
        foreach (var write in writes)
        {
            var command = write.ExpectedVersion == 0 ? insert : update;
            foreach (var (name, value) in Parameters(write, now)) command.Parameters[name].Value = value;
            if (await command.ExecuteNonQueryAsync().ConfigureAwait(false) != 1) return write.Key;
        }
        return null;
    }

    /// <summary>The payloads announcing <paramref name="keys"/>: "instance\nkey\nkey…", split to keep each small.</summary>
    public static IEnumerable<string> Announcement(string instance, IEnumerable<string> keys)
    {
        var payload = new System.Text.StringBuilder(instance);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            if (payload.Length > instance.Length && payload.Length + 1 + key.Length > MaxAnnouncementChars)
            {
                yield return payload.ToString();
                payload.Clear().Append(instance);
            }
            payload.Append('\n').Append(key);
        }
        if (payload.Length > instance.Length) yield return payload.ToString();
    }

    private (string Name, object? Value)[] Parameters(StateWrite write, string now) =>
        [("@key", write.Key), ("@json", _database.JsonParameter(write.Utf8)), ("@expected", write.ExpectedVersion), ("@now", now)];
}
