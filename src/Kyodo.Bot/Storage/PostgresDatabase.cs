using System.Text;
using System.Data.Common;
using Npgsql;

namespace Kyodo.Bot.Storage;

/// <summary>PostgreSQL, shared by several instances of the bot (<c>Storage:Provider=Postgres</c>).</summary>
public sealed class PostgresDatabase(string connectionString) : Database, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(WithAutoPrepare(connectionString));

    /// <summary>
    /// The same few statements run on every turn: unless the connection string says otherwise, Npgsql prepares them
    /// on the server after a few uses, so PostgreSQL stops parsing and planning them again each time.
    /// </summary>
    private static string WithAutoPrepare(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 32;
        return builder.ConnectionString;
    }

    public override string Provider => "Postgres";

    public override bool IsSharedByInstances => true;

    /// <summary>The column is <c>text</c>: PostgreSQL takes and gives strings.</summary>
    public override object JsonParameter(byte[] utf8) => Encoding.UTF8.GetString(utf8);

    public override byte[] ReadJson(DbDataReader reader, int ordinal) => Encoding.UTF8.GetBytes(reader.GetString(ordinal));

    protected override IReadOnlyList<string> Migrations => Schema.ForPostgres;

    protected override async Task<DbConnection> ConnectAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override async Task LockAsync(DbConnection connection, DbTransaction transaction, long key, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT pg_advisory_xact_lock(@key)", ("@key", key));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
