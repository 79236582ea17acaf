using System.Data;
using System.Data.Common;

namespace Kyodo.Bot.Storage;

public static class DbCommandExtensions
{
    /// <summary>Adds an <c>@name</c> parameter; a null value is sent as a typed NULL (PostgreSQL needs a type).</summary>
    public static void Bind(this DbCommand command, string name, object? value) =>
        command.Parameters.Add(Parameter(command.CreateParameter, name, value));

    /// <summary>
    /// The <c>@name</c> parameter for <paramref name="value"/>. A value that already is a parameter (the database's own,
    /// typed as it needs: <see cref="Database.JsonParameter"/>) is used as it is, named; otherwise one is made.
    /// </summary>
    public static DbParameter Parameter(Func<DbParameter> create, string name, object? value)
    {
        var parameter = value as DbParameter ?? create();
        parameter.ParameterName = name;
        if (value is DbParameter) return parameter;
        parameter.Value = value ?? DBNull.Value;
        if (value is null) parameter.DbType = DbType.String;
        return parameter;
    }
}
