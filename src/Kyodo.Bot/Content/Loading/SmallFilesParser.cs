using YamlDotNet.RepresentationModel;

namespace Kyodo.Bot.Content.Loading;

/// <summary>messages.yaml, menu.yaml, interruptions.yaml and words.yaml.</summary>
internal static class SmallFilesParser
{
    public static readonly IReadOnlyList<string> MenuIds = ["diagnose", "recommend", "checklist", "document", "desk", "question", "partner"];
    public static readonly IReadOnlyList<string> InterruptionGroups = ["help", "cancel", "restart", "human", "delete_data", "legal", "distress"];

    public static IReadOnlyDictionary<string, string> Messages(string directory, LoadContext context)
    {
        var reader = new YamlFileReader("messages.yaml", context);
        var messages = new Dictionary<string, string>(StringComparer.Ordinal);
        if (reader.LoadRoot(directory, "messages") is not { } root) return messages;
        foreach (var (key, value) in root.Children)
        {
            if (value is YamlScalarNode { Value: { Length: > 0 } text }) messages[key.ToString()] = text.TrimEnd('\n');
            else reader.Error(value, $"message '{key}' must be text");
        }
        foreach (var required in MessageKeys.All.Where(k => !messages.ContainsKey(k)))
            reader.Error(root, $"missing message '{required}'");
        return messages;
    }

    public static IReadOnlyList<MenuItem> Menu(string directory, LoadContext context)
    {
        var reader = new YamlFileReader("menu.yaml", context);
        var items = new List<(MenuItem Item, YamlNode Node)>();
        var stream = reader.LoadRootSequence(directory, "menu");
        foreach (var item in stream)
        {
            var id = reader.Id(item);
            var label = reader.Label(item, "label");
            var keywords = reader.StringList(item, "keywords", required: false);
            if (id is not null && !MenuIds.Contains(id))
                reader.Error(item, $"unknown menu id '{id}'; use one of {string.Join(", ", MenuIds)}");
            if (id is not null && label is not null) items.Add((new MenuItem(id, label, keywords), item));
        }
        reader.Unique(items.Select(i => ((string?)i.Item.Id, i.Node)), "menu");
        return items.Select(i => i.Item).ToArray();
    }

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Interruptions(string directory, LoadContext context)
    {
        var reader = new YamlFileReader("interruptions.yaml", context);
        var groups = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (reader.LoadRoot(directory, "interruptions") is not { } root) return groups;
        foreach (var (key, value) in root.Children)
        {
            var name = key.ToString();
            if (!InterruptionGroups.Contains(name))
                reader.Error(key, $"unknown interruption '{name}'; use one of {string.Join(", ", InterruptionGroups)}");
            else groups[name] = reader.Strings(value, name);
        }
        foreach (var missing in InterruptionGroups.Where(g => !groups.ContainsKey(g)))
            reader.Error(root, $"missing interruption '{missing}'");
        return groups;
    }

    public static Words Words(string directory, LoadContext context)
    {
        var reader = new YamlFileReader("words.yaml", context);
        if (reader.LoadRoot(directory, "words") is not { } root) return new Words([], [], [], new Dictionary<int, IReadOnlyList<string>>());
        var numbers = new Dictionary<int, IReadOnlyList<string>>();
        if (reader.Mapping(root, "numbers") is { } numberMap)
        {
            foreach (var (key, value) in numberMap.Children)
            {
                if (int.TryParse(key.ToString(), out var number) && number > 0) numbers[number] = reader.Strings(value, key.ToString());
                else reader.Error(key, $"number '{key}' must be a whole number above 0");
            }
        }
        return new Words(
            reader.StringList(root, "yes"),
            reader.StringList(root, "no"),
            reader.StringList(root, "unsure"),
            numbers);
    }

    /// <summary>sources.yaml: seed file name → the document title shown to people.</summary>
    public static IReadOnlyDictionary<string, string> SourceTitles(string directory, LoadContext context)
    {
        var reader = new YamlFileReader("sources.yaml", context);
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        if (reader.LoadRoot(directory, "sources") is not { } root) return titles;
        foreach (var (key, value) in root.Children)
        {
            if (value is YamlScalarNode { Value: { Length: > 0 } title }) titles[key.ToString()] = title;
            else reader.Error(value, $"the title of '{key}' must be text");
        }
        foreach (var citation in context.Citations.Where(c => !titles.ContainsKey(c.Source.File)).DistinctBy(c => c.Source.File))
            context.Errors.Add(new ContentError(citation.File, citation.Line, $"source file '{citation.Source.File}' has no title in sources.yaml"));
        return titles;
    }
}
