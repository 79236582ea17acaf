namespace Kyodo.Bot.Hosting;

/// <summary>The <c>Storage</c> settings section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>Sqlite</c> (default, zero setup).</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>SQLite file; relative paths are under the repository root.</summary>
    public string SqlitePath { get; set; } = "data/kyodo.db";
}
