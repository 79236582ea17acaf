using System.IO.Compression;

namespace Kyodo.Bot.Channels.Teams;

/// <summary>
/// <c>dotnet run --project src/Kyodo.Bot -- teams-package --app-id &lt;guid&gt; [--out file.zip]</c>: writes the zip to
/// sideload in Teams: deploymentTemplates/teams/manifest.json with the bot's app id filled in, and the two icons.
/// </summary>
public static class TeamsPackageCommand
{
    private const string AppIdPlaceholder = "{{APP_ID}}";
    private static readonly string[] Icons = ["color.png", "outline.png"];

    public static int Run(IReadOnlyList<string> args, string repositoryRoot, TextWriter output)
    {
        var appId = Option(args, "--app-id");
        if (!Guid.TryParse(appId, out var id))
        {
            output.WriteLine("usage: teams-package --app-id <Microsoft App ID (a GUID)> [--out <file.zip>]");
            return 2;
        }
        var folder = Path.Combine(repositoryRoot, "deploymentTemplates", "teams");
        var target = Path.GetFullPath(Option(args, "--out") ?? "kyodo-bot-teams.zip");
        Write(folder, id, target);
        output.WriteLine($"wrote {target}");
        return 0;
    }

    public static void Write(string templateFolder, Guid appId, string target)
    {
        var manifest = File.ReadAllText(Path.Combine(templateFolder, "manifest.json")).Replace(AppIdPlaceholder, appId.ToString("D"));
        if (File.Exists(target)) File.Delete(target);
        using var zip = ZipFile.Open(target, ZipArchiveMode.Create);
        using (var writer = new StreamWriter(zip.CreateEntry("manifest.json").Open())) writer.Write(manifest);
        foreach (var icon in Icons) zip.CreateEntryFromFile(Path.Combine(templateFolder, icon), icon);
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        var index = args.ToList().IndexOf(name);
        return index >= 0 && index + 1 < args.Count ? args[index + 1] : null;
    }
}
