using System.Data;
using System.Data.Common;

namespace Kyodo.Bot.Storage;

/// <summary>
/// The connection and transaction that one group of writes shares (<see cref="GroupCommit"/>). Each statement is
/// prepared once per group: a write that runs the same SQL as an earlier one gets the same command with its own values
/// (bench/Load: SQLite's parser and planner were a tenth of a LINE event's cost, every statement prepared afresh).
/// </summary>
public sealed class GroupTransaction(DbConnection connection, DbTransaction transaction) : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The command for <paramref name="sql"/> with these values; owned by the group, not to be disposed by the caller.</summary>
    public DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Database.Command(connection, transaction, sql, parameters);
            _commands.Add(sql, command);
            return command;
        }
        foreach (var (name, value) in parameters)
        {
            var parameter = command.Parameters[name];
            parameter.Value = value ?? DBNull.Value;
            if (value is null) parameter.DbType = DbType.String;
        }
        return command;
    }

    /// <summary>
    /// Runs the statements in order and stops at the first that fails (it throws). Where the connection can batch
    /// (PostgreSQL) they go in one round trip; SQLite runs in process, so there they run one by one, each prepared once.
    /// </summary>
    public async Task ExecuteInOrderAsync(IReadOnlyList<SqlStatement> statements)
    {
        if (!connection.CanCreateBatch)
        {
            foreach (var (sql, parameters) in statements) await Command(sql, parameters).ExecuteNonQueryAsync().ConfigureAwait(false);
            return;
        }
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        foreach (var statement in statements) batch.Add(statement);
        await batch.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values) await command.DisposeAsync().ConfigureAwait(false);
    }
}
