namespace Kyodo.Bot.Storage;

/// <summary>
/// Conversation and person state in the database (SQLite or PostgreSQL), versioned for optimistic concurrency.
/// Writes go through a <see cref="StateWriteBatcher"/> (group commit). The documents this instance last read or wrote
/// are kept in memory, so a turn of an active conversation reads nothing from the database. With SQLite only this
/// instance writes. With PostgreSQL every transaction announces the keys it wrote (NOTIFY), and the other instances
/// forget them (<see cref="AnnouncementListener"/>); while an instance cannot listen it keeps nothing. A document
/// changed behind the memory all the same (in the moment before the announcement arrives) fails its version check at
/// the next write, and the turn reruns on fresh state.
/// </summary>
public sealed class SqlStateStore : IStateStore, IAnnouncementSubscriber, IAsyncDisposable
{
    /// <summary>
    /// The default memory for documents: about fifteen thousand active conversations of the guidance path (their state
    /// and their person's, about 3 KB together), so the 10,000 conversations in progress at once that issue 7 names
    /// read nothing back (bench/Load/pair.sh, 10,000 in progress at c=64: 4,625–5,623 turns/s with 16 MB, 6,370–7,980
    /// with 48 MB). The ring is one array: the process holds its size once the ring has come round, and the GC never
    /// looks inside it.
    /// </summary>
    public const int DefaultMemoryMegabytes = 48;

    /// <summary>The memory is one array (<see cref="DocumentMemory"/>), and an array holds less than 2 GB.</summary>
    public const int MaxMemoryMegabytes = 2047;

    private readonly Database _database;
    private readonly StateWriteBatcher _batcher;
    private readonly DocumentMemory _memory;

    /// <summary>Tells this instance's announcements from the others'.</summary>
    private readonly string _instance = Guid.NewGuid().ToString("N");

    /// <summary>Whether the documents in memory can be used: always with SQLite, while listening with PostgreSQL.</summary>
    private volatile bool _trusted;

    /// <param name="memoryMegabytes">How much the documents kept in memory may take (<see cref="DocumentMemory"/>): the oldest go first, unless read again.</param>
    public SqlStateStore(Database database, int memoryMegabytes = DefaultMemoryMegabytes)
    {
        _database = database;
        _memory = new DocumentMemory(memoryMegabytes * 1024L * 1024L);
        _batcher = new StateWriteBatcher(database, database.IsSharedByInstances ? _instance : null);
        _trusted = !database.IsSharedByInstances;
    }

    /// <summary>Whether documents are kept in memory now (with PostgreSQL: while the other instances' writes are heard).</summary>
    public bool UsesMemory => _trusted;

    /// <summary>PostgreSQL: whether announcements from the other instances are heard; memory is dropped either way.</summary>
    public void SetListening(bool listening)
    {
        lock (_memory)
        {
            _trusted = listening;
            _memory.Clear();
        }
    }

    string IAnnouncementSubscriber.Channel => StateWriteBatcher.WrittenChannel;

    void IAnnouncementSubscriber.Heard(string payload) => ForgetAnnounced(payload);

    void IAnnouncementSubscriber.Listening(bool listening) => SetListening(listening);

    /// <summary>Another instance wrote or deleted these keys (<see cref="StateWriteBatcher.Announcement"/>): they are forgotten.</summary>
    public void ForgetAnnounced(string payload)
    {
        var lines = payload.Split('\n');
        if (lines[0] != _instance) Forget(lines.Skip(1));
    }

    internal long WriteTransactions => _batcher.Transactions;

    public SqlStateStore(string sqlitePath) : this(new SqliteDatabase(sqlitePath)) { }

    public async Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken) =>
        (await ReadManyAsync([key], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(key);

    public async Task<IReadOnlyDictionary<string, StoredDocument>> ReadManyAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        var toRead = new List<string>(keys.Count);
        foreach (var key in keys)
        {
            if (_trusted && _memory.TryGet(key, out var cached)) found[key] = cached;
            else toRead.Add(key);
        }
        if (toRead.Count == 0) return found;

        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Database.Command(connection,
            $"SELECT key, json, version FROM state WHERE key IN ({string.Join(", ", toRead.Select((_, i) => "@k" + i))})",
            [.. toRead.Select((key, i) => ("@k" + i, (object?)key))]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var document = new StoredDocument(_database.ReadJson(reader, 1), reader.GetInt64(2));
            found[reader.GetString(0)] = document;
            Remember(reader.GetString(0), document);
        }
        return found;
    }

    public Task WriteAsync(IReadOnlyList<StateWrite> writes, CancellationToken cancellationToken) => WriteAsync(writes, null, cancellationToken);

    public async Task WriteAsync(IReadOnlyList<StateWrite> writes, AlongsideWrite? alongside, CancellationToken cancellationToken)
    {
        try
        {
            await _batcher.WriteAsync(writes, alongside, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Forget(writes.Select(w => w.Key));
            throw;
        }
        foreach (var write in writes) Remember(write.Key, new StoredDocument(write.Utf8, write.ExpectedVersion + 1));
    }

    private void Remember(string key, StoredDocument document)
    {
        lock (_memory)
        {
            if (_trusted) _memory.Remember(key, document);
        }
    }

    private void Forget(IEnumerable<string> keys)
    {
        foreach (var key in keys) _memory.Forget(key);
    }

    public async Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        Forget(keys);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var key in keys)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM state WHERE key = @key";
            command.Bind("@key", key);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        if (_database.IsSharedByInstances)
        {
            foreach (var payload in StateWriteBatcher.Announcement(_instance, keys))
                await _database.ExecuteAsync(StateWriteBatcher.Announce, cancellationToken, ("@channel", StateWriteBatcher.WrittenChannel), ("@payload", payload)).ConfigureAwait(false);
        }
    }

    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM state WHERE 1 = 0";
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (System.Data.Common.DbException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _batcher.DisposeAsync().ConfigureAwait(false);
    }
}
