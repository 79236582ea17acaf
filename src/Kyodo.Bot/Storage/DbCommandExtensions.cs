using System.Data;
using System.Data.Common;

namespace Kyodo.Bot.Storage;

public static class DbCommandExtensions
{
    /// <summary>Adds an <c>@name</c> parameter; a null value is sent as a typed NULL (PostgreSQL needs a type).</summary>
    public static void Bind(this DbCommand command, string name, object? value) =>
        command.Parameters.Add(Named(value as DbParameter ?? command.CreateParameter(), name, value));

    /// <summary>Adds an <c>@name</c> parameter to one command of a batch, as <see cref="Bind"/> does.</summary>
    public static void Bind(this DbBatchCommand command, string name, object? value) =>
        command.Parameters.Add(Named(value as DbParameter ?? command.CreateParameter(), name, value));

    /// <summary>Adds the statement to the batch as a command with its <c>@name</c> parameters.</summary>
    public static void Add(this DbBatch batch, SqlStatement statement)
    {
        var command = batch.CreateBatchCommand();
        command.CommandText = statement.Sql;
        foreach (var (name, value) in statement.Parameters) command.Bind(name, value);
        batch.BatchCommands.Add(command);
    }

    /// <summary>
    /// The <c>@name</c> parameter for <paramref name="value"/>. A value that already is a parameter (the database's own,
    /// typed as it needs: <see cref="Database.JsonParameter"/>) is used as it is, named; otherwise the fresh one gets it.
    /// </summary>
    private static DbParameter Named(DbParameter parameter, string name, object? value)
    {
        parameter.ParameterName = name;
        if (value is DbParameter) return parameter;
        parameter.Value = value ?? DBNull.Value;
        if (value is null) parameter.DbType = DbType.String;
        return parameter;
    }
}
