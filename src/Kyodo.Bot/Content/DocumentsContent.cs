namespace Kyodo.Bot.Content;

/// <summary>documents.yaml: the questions for a draft and the templates of the proposal (企画書) and agreement (協定書).</summary>
public sealed record DocumentsContent(
    string Blank,
    string ArticleFormat,
    IReadOnlyList<string> TableHeader,
    IReadOnlyList<DocumentQuestion> Questions,
    IReadOnlyList<DocumentTemplate> Templates)
{
    /// <summary>Placeholders every template may use besides the question ids.</summary>
    public static readonly IReadOnlyList<string> BuiltInPlaceholders = ["description", "method"];
}

public sealed record DocumentQuestion(string Id, string Text);

public sealed record DocumentTemplate(
    string Id,
    string Label,
    string Title,
    string? Intro,
    IReadOnlyList<DocumentSection> Sections,
    IReadOnlyDictionary<string, IReadOnlyList<DocumentSection>> MethodSections,
    SourceRef Source);

/// <summary>A heading with text, a note for the writer, and two-column rows (label, value); any may be empty.</summary>
public sealed record DocumentSection(string Heading, string? Text, string? Note, IReadOnlyList<IReadOnlyList<string>> Rows, SourceRef? Source);
