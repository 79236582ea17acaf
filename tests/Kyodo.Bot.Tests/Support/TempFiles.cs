namespace Kyodo.Bot.Tests.Support;

public static class TempFiles
{
    public static string NewDatabasePath() =>
        Path.Combine(Path.GetTempPath(), "kyodo-tests", $"{Guid.NewGuid():N}.db");
}
