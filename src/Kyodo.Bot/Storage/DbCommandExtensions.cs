using System.Data;
using System.Data.Common;

namespace Kyodo.Bot.Storage;

public static class DbCommandExtensions
{
    /// <summary>Adds an <c>@name</c> parameter; a null value is sent as a typed NULL (PostgreSQL needs a type).</summary>
    public static void Bind(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        if (value is null) parameter.DbType = DbType.String;
        command.Parameters.Add(parameter);
    }
}
