using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Kyodo.Bot.Storage;

/// <summary>
/// The one SQLite file the bot keeps everything in (WAL mode): the zero-setup default.
/// Every connection uses SQLite's own busy handler (<c>busy_timeout</c>): a writer that finds another writer's commit
/// in progress retries within milliseconds, instead of the client library's much longer sleeps between retries
/// (bench/Load: 4× the turns per second at 16 concurrent conversations).
/// And <c>synchronous = NORMAL</c>, which in WAL mode is durable against a crash of the process (every committed turn
/// is in the WAL file) but syncs to disk at checkpoints rather than at every commit: a power loss or an OS crash can
/// lose the last committed turns (rolled back, never a corrupt file). That trade buys about a third more turns per
/// second; a lost turn means the person answers that question again.
/// Checkpoints (copying the WAL back into the file) are <see cref="SqliteCheckpointer"/>'s work, off the turns' path;
/// a commit only checkpoints itself when the WAL has grown to <see cref="CommitCheckpointPages"/> without it.
/// Not sealed: tests derive from it to hold a connection open at a chosen moment and so run a race in a set order.
/// </summary>
public class SqliteDatabase : Database
{
    /// <summary>
    /// SQLite's default (1,000 pages) had the commit that crossed it copy the WAL back while the turns it carried waited,
    /// a few times a second under load. This many pages (64 MB) is only a bound for when no checkpointer runs.
    /// </summary>
    public const int CommitCheckpointPages = 16_000;

    private static readonly object Configured = new();
    private readonly string _connectionString;
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = [];

    public SqliteDatabase(string databasePath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        FilePath = databasePath;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var wal = connection.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode = WAL";
        wal.ExecuteNonQuery();
    }

    public string FilePath { get; }

    public override string Provider => "Sqlite";

    /// <summary>One file, one process: only this instance writes it.</summary>
    public override bool IsSharedByInstances => false;

    protected override IReadOnlyList<string> Migrations => Schema.ForSqlite;

    protected override async Task<DbConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Pooled connections keep their native handle, and the pragmas stay set on it: run them once per handle.
            if (_configured.TryGetValue(connection.Handle!, out _)) return connection;
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = $"PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = {CommitCheckpointPages}";
            await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            _configured.AddOrUpdate(connection.Handle!, Configured);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Copies what the WAL holds back into the database file without waiting for (or holding up) writers; the next
    /// commit after a complete checkpoint starts the WAL from its beginning again. Synchronous, as SQLite's work is.
    /// Returns how many of the WAL's pages are in the database file now.
    /// </summary>
    public long Checkpoint()
    {
        using var connection = OpenAsync(CancellationToken.None).GetAwaiter().GetResult();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        using var reader = command.ExecuteReader();
        return reader.Read() ? reader.GetInt64(2) : 0;
    }
}
