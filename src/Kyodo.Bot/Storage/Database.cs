using System.Data.Common;

namespace Kyodo.Bot.Storage;

/// <summary>
/// The one database everything is kept in: SQLite (one file, zero setup) or PostgreSQL (several instances).
/// SQL is written once for both, with <c>@name</c> parameters; the schema is created and migrated on first use,
/// so a database that is down at start-up is retried on the next use instead of stopping the host.
/// </summary>
public abstract class Database : IAsyncDisposable
{
    private readonly SemaphoreSlim _migrating = new(1, 1);
    private volatile bool _migrated;
    private GroupCommit? _smallWrites;

    /// <summary>
    /// Group commit for the small independent writes of every part of the bot (the LINE inbox, the statistics, the
    /// conversation references): the ones queued while a transaction commits share the next one.
    /// </summary>
    public GroupCommit SmallWrites => LazyInitializer.EnsureInitialized(ref _smallWrites, () => new GroupCommit(this));

    /// <summary>Commits what is still queued.</summary>
    public virtual async ValueTask DisposeAsync()
    {
        if (_smallWrites is { } writes) await writes.DisposeAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>"Sqlite" or "Postgres".</summary>
    public abstract string Provider { get; }

    /// <summary>True when other instances of the bot may write to this database at the same time (PostgreSQL).</summary>
    public abstract bool IsSharedByInstances { get; }

    /// <summary>Schema versions in order; each runs once, inside a transaction, recorded in <c>schema_migrations</c> (an empty one only recorded).</summary>
    protected abstract IReadOnlyList<string> Migrations { get; }

    protected abstract Task<DbConnection> ConnectAsync(CancellationToken cancellationToken);

    /// <summary>An arbitrary, fixed key: instances migrating at the same time wait for each other on it.</summary>
    private const long MigrationLockKey = 0x4b796f646f;

    /// <summary>
    /// Holds other instances off <paramref name="key"/> until <paramref name="transaction"/> ends (PostgreSQL: an advisory
    /// transaction lock). SQLite needs nothing: one file, one writer at a time, one instance.
    /// </summary>
    public virtual Task LockAsync(DbConnection connection, DbTransaction transaction, long key, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// A JSON document's UTF-8 as the value of a <c>json</c> column's parameter: both databases take the bytes as they
    /// are (PostgreSQL in a parameter of its own, typed as text), so a turn's state is not transcoded to UTF-16 and back.
    /// </summary>
    public virtual object JsonParameter(byte[] utf8) => utf8;

    /// <summary>The UTF-8 of a <c>json</c> column (SQLite gives a TEXT value's bytes as they are).</summary>
    public virtual byte[] ReadJson(DbDataReader reader, int ordinal) => reader.GetFieldValue<byte[]>(ordinal);

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_migrated) await MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Runs one statement (or several separated by ';') with named parameters; returns the rows changed.</summary>
    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    /// <summary>A command with <c>@name</c> parameters; a null value is sent as a typed NULL (PostgreSQL needs a type).</summary>
    public static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        Command(connection, null, sql, parameters);

    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters) command.Bind(name, value);
        return command;
    }

    private async Task MigrateAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await _migrating.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_migrated) return;
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await LockAsync(connection, transaction, MigrationLockKey, cancellationToken).ConfigureAwait(false);
            await using (var create = Command(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"))
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await using var current = Command(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
            var applied = Convert.ToInt32(await current.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            for (var version = applied + 1; version <= Migrations.Count; version++)
            {
                if (Migrations[version - 1] is { Length: > 0 } sql)
                {
                    await using var migrate = Command(connection, transaction, sql);
                    await migrate.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
                await using var record = Command(connection, transaction, "INSERT INTO schema_migrations (version, applied_at) VALUES (@version, @at)",
                    ("@version", version), ("@at", DateTimeOffset.UtcNow.ToString("O")));
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            _migrated = true;
        }
        finally
        {
            _migrating.Release();
        }
    }
}
