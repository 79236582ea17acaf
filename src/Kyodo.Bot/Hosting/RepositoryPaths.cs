namespace Kyodo.Bot.Hosting;

/// <summary>
/// Resolves relative setting paths (dialogs/, data/kyodo.db) against the repository root, so the bot finds its content
/// whether started from the repo root, from src/Kyodo.Bot, or by the test host. Absolute paths are used as they are.
/// </summary>
public static class RepositoryPaths
{
    public static string Resolve(string configuredPath, string contentRoot) =>
        Path.IsPathRooted(configuredPath) ? configuredPath : Path.GetFullPath(Path.Combine(FindRoot(contentRoot), configuredPath));

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds <c>dialogs/</c>; else <paramref name="start"/>.</summary>
    public static string FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "dialogs"))) return dir.FullName;
        }
        return start;
    }
}
