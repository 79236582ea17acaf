using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Kyodo.Bot.Content.Loading;

/// <summary>documents.yaml: checks every {placeholder} is known and every method in method_sections exists.</summary>
internal static partial class DocumentsParser
{
    public static DocumentsContent Parse(string directory, LoadContext context, IReadOnlyList<CollaborationMethod> methods)
    {
        var reader = new YamlFileReader("documents.yaml", context);
        var empty = new DocumentsContent("", "", ["", ""], [], []);
        if (reader.LoadRoot(directory, "documents") is not { } root) return empty;

        var questions = new List<(DocumentQuestion Question, YamlNode Node)>();
        foreach (var node in reader.Items(root, "questions"))
        {
            if (reader.Id(node) is { } id && reader.String(node, "text") is { } text) questions.Add((new DocumentQuestion(id, text), node));
        }
        reader.Unique(questions.Select(q => ((string?)q.Question.Id, q.Node)), "question");
        var known = questions.Select(q => q.Question.Id).Concat(DocumentsContent.BuiltInPlaceholders).ToHashSet();

        var templates = new List<(DocumentTemplate Template, YamlNode Node)>();
        foreach (var node in reader.Items(root, "templates"))
        {
            var id = reader.Id(node);
            var label = reader.Label(node, "label");
            var title = reader.String(node, "title");
            var intro = reader.String(node, "intro", required: false);
            var source = reader.Source(node);
            var sections = Sections(reader, node, "sections", known, required: true);
            var methodSections = new Dictionary<string, IReadOnlyList<DocumentSection>>(StringComparer.Ordinal);
            if (reader.Mapping(node, "method_sections", required: false) is { } byMethod)
            {
                foreach (var (key, _) in byMethod.Children)
                {
                    if (methods.All(m => m.Id != key.ToString())) reader.Error(key, $"unknown method '{key}'");
                    methodSections[key.ToString()] = Sections(reader, byMethod, key.ToString(), known, required: true);
                }
            }
            CheckPlaceholders(reader, node, known, title, intro);
            if (id is not null && label is not null && title is not null && source is not null)
                templates.Add((new DocumentTemplate(id, label, title, intro, sections, methodSections, source), node));
        }
        reader.Unique(templates.Select(t => ((string?)t.Template.Id, t.Node)), "template");
        var header = reader.StringList(root, "table_header");
        if (header.Count != 2) reader.Error(root, "table_header needs two labels: [label column, value column]");
        var articleFormat = reader.String(root, "article_format") ?? "";
        if (!articleFormat.Contains("{number}", StringComparison.Ordinal)) reader.Error(root, "article_format must contain {number}");
        return new DocumentsContent(reader.String(root, "blank") ?? "", articleFormat, header.Count == 2 ? header : ["", ""], questions.Select(q => q.Question).ToArray(), templates.Select(t => t.Template).ToArray());
    }

    private static List<DocumentSection> Sections(YamlFileReader reader, YamlMappingNode parent, string key, HashSet<string> known, bool required)
    {
        var sections = new List<DocumentSection>();
        foreach (var node in reader.Items(parent, key, required))
        {
            var heading = reader.String(node, "heading");
            var text = reader.String(node, "text", required: false);
            var note = reader.String(node, "note", required: false);
            var source = reader.Source(node, required: false);
            var rows = new List<IReadOnlyList<string>>();
            if (reader.Node(node, "rows", required: false) is YamlSequenceNode rowNodes)
            {
                foreach (var row in rowNodes)
                {
                    // An empty value ("") is fine: it becomes the blank mark for the writer to fill in.
                    var cells = row is YamlSequenceNode pair && pair.Children.All(c => c is YamlScalarNode)
                        ? pair.Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToArray()
                        : [];
                    if (cells.Length is not 2) reader.Error(row, "a row has a label and a value: [label, value]");
                    rows.Add(cells);
                }
            }
            CheckPlaceholders(reader, node, known, [heading, text, note, .. rows.SelectMany(r => r)]);
            if (heading is not null) sections.Add(new DocumentSection(heading, text, note, rows, source));
        }
        return sections;
    }

    private static void CheckPlaceholders(YamlFileReader reader, YamlNode node, HashSet<string> known, params string?[] texts)
    {
        foreach (var name in texts.Where(t => t is not null).SelectMany(t => Placeholder().Matches(t!)).Select(m => m.Groups[1].Value).Distinct())
        {
            if (!known.Contains(name)) reader.Error(node, $"unknown placeholder '{{{name}}}'; use one of {string.Join(", ", known.Order())}");
        }
    }

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();
}
