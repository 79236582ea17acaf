namespace Kyodo.Bot.Storage;

/// <summary>One SQL statement with its <c>@name</c> parameters, to run later or in a batch.</summary>
public readonly record struct SqlStatement(string Sql, params (string Name, object? Value)[] Parameters);
