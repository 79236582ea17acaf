using System.Text.RegularExpressions;
using Kyodo.Bot.Content;

namespace Kyodo.Bot.Documents;

/// <summary>
/// Fills a template with what the person told the bot. Nothing is invented: an unknown answer, an empty text or an
/// empty table cell becomes the blank mark (【要記入】). Agreement articles are numbered; the chosen method's
/// clauses are added before the closing article, and only for that method.
/// </summary>
public static partial class DocumentComposer
{
    private const string ArticleOpening = "\uFF08";   // the full-width "(" that starts an article heading

    public static DocumentDraft Compose(DocumentsContent documents, DocumentTemplate template, IReadOnlyDictionary<string, string> answers, string? methodId)
    {
        string Fill(string text) => Placeholder().Replace(text, m =>
            answers.TryGetValue(m.Groups[1].Value, out var answer) && !string.IsNullOrWhiteSpace(answer) ? answer : documents.Blank);
        string FillOrBlank(string? text) => string.IsNullOrWhiteSpace(text) ? documents.Blank : Fill(text);

        var sections = template.Sections.ToList();
        if (methodId is not null && template.MethodSections.TryGetValue(methodId, out var extra))
            sections.InsertRange(Math.Max(0, sections.Count - 1), extra);

        var article = 0;
        var drafted = sections.Select(section =>
        {
            var heading = section.Heading.StartsWith(ArticleOpening, StringComparison.Ordinal)
                ? documents.ArticleFormat.Replace("{number}", (++article).ToString(System.Globalization.CultureInfo.InvariantCulture)) + section.Heading
                : Fill(section.Heading);
            var paragraphs = section.Text is null && section.Rows.Count > 0 ? [] : new[] { FillOrBlank(section.Text) };
            var rows = section.Rows.Select(r => new DraftRow(Fill(r[0]), FillOrBlank(r[1]))).ToArray();
            return new DraftSection(heading, paragraphs, section.Note is null ? null : Fill(section.Note), rows);
        }).ToArray();
        return new DocumentDraft(Fill(template.Title), template.Intro is null ? null : Fill(template.Intro), drafted, documents.TableHeader);
    }

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();
}
