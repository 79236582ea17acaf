using System.Data.Common;

namespace Kyodo.Bot.Storage;

/// <summary>Conversation and person state in the database (SQLite or PostgreSQL), versioned for optimistic concurrency.</summary>
public sealed class SqlStateStore(Database database) : IStateStore
{
    private readonly Database _database = database;

    public SqlStateStore(string sqlitePath) : this(new SqliteDatabase(sqlitePath)) { }

    public async Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json, version FROM state WHERE key = @key";
        command.Bind("@key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new StoredDocument(reader.GetString(0), reader.GetInt64(1))
            : null;
    }

    public async Task<IReadOnlyDictionary<string, StoredDocument>> ReadManyAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Database.Command(connection,
            $"SELECT key, json, version FROM state WHERE key IN ({string.Join(", ", keys.Select((_, i) => "@k" + i))})",
            [.. keys.Select((key, i) => ("@k" + i, (object?)key))]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var found = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            found[reader.GetString(0)] = new StoredDocument(reader.GetString(1), reader.GetInt64(2));
        return found;
    }

    public async Task WriteAsync(IReadOnlyList<StateWrite> writes, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var write in writes)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = write.ExpectedVersion == 0
                ? "INSERT INTO state (key, json, version, updated_at) VALUES (@key, @json, 1, @now) ON CONFLICT(key) DO NOTHING"
                : "UPDATE state SET json = @json, version = version + 1, updated_at = @now WHERE key = @key AND version = @expected";
            command.Bind("@key", write.Key);
            command.Bind("@json", write.Json);
            command.Bind("@expected", write.ExpectedVersion);
            command.Bind("@now", DateTimeOffset.UtcNow.ToString("O"));
            if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
                throw new ConcurrencyConflictException(write.Key);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
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
}
