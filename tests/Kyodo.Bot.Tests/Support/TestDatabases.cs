using Kyodo.Bot.Storage;

namespace Kyodo.Bot.Tests.Support;

/// <summary>A fresh, empty database of either provider, for contract tests that must hold for both.</summary>
public static class TestDatabases
{
    public static readonly TheoryData<string> Providers = new() { "Sqlite", "Postgres" };

    public static Database Create(string provider) => provider switch
    {
        "Sqlite" => new SqliteDatabase(TempFiles.NewDatabasePath()),
        "Postgres" => new PostgresDatabase(PostgresServer.Require().NewDatabase()),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    /// <summary>Settings that put a whole host on a fresh database of <paramref name="provider"/>.</summary>
    public static Dictionary<string, string?> Settings(string provider) => provider == "Postgres"
        ? new() { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = PostgresServer.Require().NewDatabase() }
        : new() { ["Storage:Provider"] = "Sqlite" };
}
