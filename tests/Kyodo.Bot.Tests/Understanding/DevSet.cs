namespace Kyodo.Bot.Tests.Understanding;

/// <summary>
/// Reads the labelled development set: DevSet/*.tsv, one utterance a line as <c>who⇥text⇥expected[⇥options]</c>, # comments.
/// intents.tsv (expected intent), yesno.tsv (yes / no / unsure), choices.tsv (option id), faq.tsv (FAQ entry id).
/// </summary>
public static class DevSet
{
    public const string Intents = "intents.tsv";
    public const string YesNo = "yesno.tsv";
    public const string Choices = "choices.tsv";
    public const string Faq = "faq.tsv";

    /// <summary>The DevSet folder, found upwards from <paramref name="start"/> (the test or benchmark output folder).</summary>
    public static string FindDirectory(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Kyodo.Bot.Tests", "Understanding", "DevSet");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException($"tests/Kyodo.Bot.Tests/Understanding/DevSet not found above {start}");
    }

    public static IReadOnlyList<DevSetItem> Load(string directory, string file)
    {
        var items = new List<DevSetItem>();
        var lineNumber = 0;
        foreach (var line in File.ReadAllLines(Path.Combine(directory, file)))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length < 3) throw new FormatException($"{file}:{lineNumber}: expected who, text and expected, separated by tabs");
            items.Add(new DevSetItem(file, lineNumber, cells[0], cells[1], cells[2], cells.Length > 3 ? cells[3] : null));
        }
        return items;
    }
}
