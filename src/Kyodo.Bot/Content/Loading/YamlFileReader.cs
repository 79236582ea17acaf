using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kyodo.Bot.Content.Loading;

/// <summary>
/// Reads one YAML file of dialogs/ with line-aware helpers. Problems are collected (not thrown) so an editor
/// sees all of them at once; a missing required value comes back as null or empty after its error is noted.
/// </summary>
internal sealed partial class YamlFileReader(string fileName, LoadContext context)
{
    public const int MaxLabelLength = 20;

    public string FileName { get; } = fileName;

    /// <summary>The mapping under the file's top-level key (messages.yaml → <c>messages:</c> …).</summary>
    public YamlMappingNode? LoadRoot(string directory, string topLevelKey) =>
        ReadDocument(directory, topLevelKey) is { } root ? Mapping(root, topLevelKey) : null;

    /// <summary>For files whose top-level key holds a list (menu.yaml, faq.yaml).</summary>
    public IEnumerable<YamlMappingNode> LoadRootSequence(string directory, string topLevelKey) =>
        ReadDocument(directory, topLevelKey) is { } root ? Items(root, topLevelKey).ToArray() : [];

    private YamlMappingNode? ReadDocument(string directory, string topLevelKey)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            context.Errors.Add(new ContentError(FileName, 0, "file is missing"));
            return null;
        }
        try
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path)) stream.Load(reader);
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root) return root;
            context.Errors.Add(new ContentError(FileName, 1, $"expected a mapping with the key '{topLevelKey}'"));
        }
        catch (YamlException broken)
        {
            context.Errors.Add(new ContentError(FileName, (int)broken.Start.Line, $"bad YAML: {broken.Message}"));
        }
        catch (InvalidOperationException broken)
        {
            // YamlDotNet reports some unterminated structures without a position.
            context.Errors.Add(new ContentError(FileName, 1, $"bad YAML: {broken.Message}"));
        }
        return null;
    }

    public void Error(YamlNode node, string message) => context.Errors.Add(new ContentError(FileName, Line(node), message));

    public static int Line(YamlNode node) => (int)node.Start.Line;

    public YamlNode? Node(YamlMappingNode map, string key, bool required = true)
    {
        if (map.Children.TryGetValue(new YamlScalarNode(key), out var node)) return node;
        if (required) Error(map, $"missing field '{key}'");
        return null;
    }

    public string? String(YamlMappingNode map, string key, bool required = true)
    {
        var node = Node(map, key, required);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } value } && (value.Length > 0 || !required)) return value;
        Error(node, $"'{key}' must be text");
        return null;
    }

    public string? Label(YamlMappingNode map, string key)
    {
        var label = String(map, key);
        if (label is not null && label.Length > MaxLabelLength)
            Error(map.Children[new YamlScalarNode(key)], $"'{key}' is {label.Length} characters; buttons allow at most {MaxLabelLength}");
        return label;
    }

    public string? Id(YamlMappingNode map, string key = "id")
    {
        var id = String(map, key);
        if (id is not null && !IdPattern().IsMatch(id))
            Error(map.Children[new YamlScalarNode(key)], $"id '{id}' may contain only a-z, 0-9, '_' and '.'");
        return id;
    }

    public int? Integer(YamlMappingNode map, string key, bool required = true)
    {
        var node = Node(map, key, required);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            return value;
        Error(node, $"'{key}' must be a whole number");
        return null;
    }

    public IReadOnlyList<string> StringList(YamlMappingNode map, string key, bool required = true)
    {
        var node = Node(map, key, required);
        return node is null ? [] : Strings(node, key);
    }

    public IReadOnlyList<string> Strings(YamlNode node, string what)
    {
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"'{what}' must be a list");
            return [];
        }
        var values = new List<string>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } value }) values.Add(value);
            else Error(item, $"every entry of '{what}' must be text");
        }
        return values;
    }

    public IEnumerable<YamlMappingNode> Items(YamlMappingNode map, string key, bool required = true)
    {
        var node = Node(map, key, required);
        if (node is null) yield break;
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"'{key}' must be a list");
            yield break;
        }
        foreach (var item in sequence)
        {
            if (item is YamlMappingNode mapping) yield return mapping;
            else Error(item, $"every entry of '{key}' must be a mapping");
        }
    }

    public YamlMappingNode? Mapping(YamlMappingNode map, string key, bool required = true)
    {
        var node = Node(map, key, required);
        if (node is null) return null;
        if (node is YamlMappingNode mapping) return mapping;
        Error(node, $"'{key}' must be a mapping");
        return null;
    }

    /// <summary>A <c>source:</c> citing a seed file and a heading in it.</summary>
    public SourceRef? Source(YamlMappingNode map, bool required = true)
    {
        var text = String(map, "source", required);
        if (text is null) return null;
        var match = SourcePattern().Match(text.Trim());
        if (match.Success)
        {
            var source = new SourceRef(match.Groups["file"].Value, match.Groups["section"].Value.Trim());
            context.Citations.Add(new SourceCitation(source, FileName, Line(map.Children[new YamlScalarNode("source")])));
            return source;
        }
        Error(map.Children[new YamlScalarNode("source")], $"source '{text}' must name a seed file (NNN_<16 hex digits>.txt) and a heading in it");
        return null;
    }

    /// <summary>Reports ids that appear twice in one list.</summary>
    public void Unique(IEnumerable<(string? Id, YamlNode Node)> entries, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, node) in entries)
        {
            if (id is not null && !seen.Add(id)) Error(node, $"duplicate {what} id '{id}'");
        }
    }

    [GeneratedRegex("^[a-z0-9_.]+$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(?<file>\d{3}_[0-9a-f]{16}\.txt)\s+(?<section>\S.*)$")]
    private static partial Regex SourcePattern();
}
