using Kyodo.Bot.Storage;

namespace Kyodo.Bot.Hosting;

/// <summary>The <c>Storage</c> settings section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>Sqlite</c> (default, zero setup) or <c>Postgres</c> (several instances; <see cref="ConnectionString"/>).</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The PostgreSQL connection string (Npgsql form: Host=…;Database=…;Username=…;Password=…).</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>SQLite file; relative paths are under the repository root.</summary>
    public string SqlitePath { get; set; } = "data/kyodo.db";

    /// <summary>
    /// How much memory the state documents of active conversations may take, so their turns read nothing back
    /// (<see cref="SqlStateStore"/>; the oldest go first, unless read again). About 3 KB per conversation.
    /// </summary>
    public int StateMemoryMegabytes { get; set; } = SqlStateStore.DefaultMemoryMegabytes;

    /// <summary>The state store over <paramref name="database"/>; throws when <see cref="StateMemoryMegabytes"/> is out of range.</summary>
    public SqlStateStore CreateStateStore(Database database)
    {
        if (StateMemoryMegabytes is < 1 or > SqlStateStore.MaxMemoryMegabytes)
            throw new InvalidOperationException($"Storage:StateMemoryMegabytes is {StateMemoryMegabytes}; use 1 to {SqlStateStore.MaxMemoryMegabytes}.");
        return new SqlStateStore(database, StateMemoryMegabytes);
    }

    public bool UsesPostgres => Provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || Provider.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase);

    /// <summary>The database these settings name; throws for an unknown provider or a missing connection string.</summary>
    public Database CreateDatabase(string contentRoot)
    {
        if (UsesPostgres)
        {
            if (string.IsNullOrWhiteSpace(ConnectionString))
                throw new InvalidOperationException("Storage:Provider is Postgres but Storage:ConnectionString is empty.");
            return new PostgresDatabase(ConnectionString);
        }
        if (!Provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Storage:Provider '{Provider}' is not supported; use 'Sqlite' or 'Postgres'.");
        return new SqliteDatabase(RepositoryPaths.Resolve(SqlitePath, contentRoot));
    }
}
