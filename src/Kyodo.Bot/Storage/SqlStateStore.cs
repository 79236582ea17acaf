using Microsoft.Extensions.Caching.Memory;

namespace Kyodo.Bot.Storage;

/// <summary>
/// Conversation and person state in the database (SQLite or PostgreSQL), versioned for optimistic concurrency.
/// Writes go through a <see cref="StateWriteBatcher"/> (group commit). When no other instance writes the database
/// (SQLite), the documents this instance last read or wrote are kept in memory, so a turn of an active conversation
/// reads nothing from the database. Deletions go through <see cref="DeleteAsync"/>, which forgets them too; should a
/// row still change behind the store, the stale entry fails its version check at the next write and the turn reruns
/// on fresh state.
/// </summary>
public sealed class SqlStateStore : IStateStore, IAsyncDisposable
{
    /// <summary>About two thousand active conversations (their state and their person's): a few MB, bounded.</summary>
    private const int CachedDocuments = 4096;

    private readonly Database _database;
    private readonly StateWriteBatcher _batcher;
    private readonly MemoryCache? _recent;

    public SqlStateStore(Database database)
    {
        _database = database;
        _batcher = new StateWriteBatcher(database);
        if (!database.IsSharedByInstances)
            _recent = new MemoryCache(new MemoryCacheOptions { SizeLimit = CachedDocuments });
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
            if (_recent?.TryGetValue(key, out StoredDocument? cached) == true) found[key] = cached!;
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

    public async Task WriteAsync(IReadOnlyList<StateWrite> writes, CancellationToken cancellationToken)
    {
        try
        {
            await _batcher.WriteAsync(writes, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Forget(writes.Select(w => w.Key));
            throw;
        }
        foreach (var write in writes) Remember(write.Key, new StoredDocument(write.Utf8, write.ExpectedVersion + 1));
    }

    /// <summary>Keeps the newest version seen: a slow writer finishing late must not put back an older document.</summary>
    private void Remember(string key, StoredDocument document)
    {
        if (_recent is null) return;
        lock (_recent)
        {
            if (_recent.TryGetValue(key, out StoredDocument? cached) && cached!.Version >= document.Version) return;
            _recent.Set(key, document, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        }
    }

    private void Forget(IEnumerable<string> keys)
    {
        foreach (var key in keys) _recent?.Remove(key);
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
        _recent?.Dispose();
    }
}
