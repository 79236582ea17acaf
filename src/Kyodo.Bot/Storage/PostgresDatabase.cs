using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Kyodo.Bot.Storage;

/// <summary>PostgreSQL, shared by several instances of the bot (<c>Storage:Provider=Postgres</c>).</summary>
public sealed class PostgresDatabase(string connectionString) : Database
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(ForCommands(connectionString));

    /// <summary>For <c>LISTEN</c>: a connection that stays this caller's (multiplexing shares them).</summary>
    private readonly NpgsqlDataSource _listeningSource = NpgsqlDataSource.Create(
        new NpgsqlConnectionStringBuilder(connectionString) { Multiplexing = false, MaxPoolSize = 4 }.ConnectionString);

    /// <summary>
    /// Unless the connection string says otherwise: the same few statements run on every turn, so Npgsql prepares them
    /// on the server after a few uses (PostgreSQL stops parsing and planning them again); and commands outside a
    /// transaction are multiplexed, written together on shared connections, so concurrent turns do not each wait for
    /// a round trip of their own (bench/Load, PostgreSQL on the bot's core: about +60 % turns/s).
    /// </summary>
    internal static string ForCommands(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 32;
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        // Npgsql multiplexes only pooled connections.
        if (!given.ContainsKey(nameof(NpgsqlConnectionStringBuilder.Multiplexing)) && builder.Pooling) builder.Multiplexing = true;
        return builder.ConnectionString;
    }

    public override string Provider => "Postgres";

    public override bool IsSharedByInstances => true;

    /// <summary>The column is <c>text</c>, and Npgsql sends UTF-8 bytes as text when told the type (a byte array is otherwise <c>bytea</c>).</summary>
    public override object JsonParameter(byte[] utf8) => new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = utf8 };

    /// <summary>Npgsql gives a text column's UTF-8 as it came.</summary>
    public override byte[] ReadJson(DbDataReader reader, int ordinal) => reader.GetFieldValue<byte[]>(ordinal);

    protected override IReadOnlyList<string> Migrations => Schema.ForPostgres;

    protected override async Task<DbConnection> ConnectAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>A connection of its own, kept as long as it is open, for <c>LISTEN</c> (it needs no tables).</summary>
    public async Task<NpgsqlConnection> OpenListeningAsync(CancellationToken cancellationToken) =>
        await _listeningSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override async Task LockAsync(DbConnection connection, DbTransaction transaction, long key, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT pg_advisory_xact_lock(@key)", ("@key", key));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync().ConfigureAwait(false);
        await _dataSource.DisposeAsync().ConfigureAwait(false);
        await _listeningSource.DisposeAsync().ConfigureAwait(false);
    }
}
