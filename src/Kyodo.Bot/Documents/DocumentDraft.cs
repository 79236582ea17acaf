namespace Kyodo.Bot.Documents;

/// <summary>A filled-in draft, ready to be written as Word or Markdown. Unknown parts carry the blank mark.</summary>
public sealed record DocumentDraft(string Title, string? Intro, IReadOnlyList<DraftSection> Sections, IReadOnlyList<string> TableHeader);

public sealed record DraftSection(string Heading, IReadOnlyList<string> Paragraphs, string? Note, IReadOnlyList<DraftRow> Rows);

public sealed record DraftRow(string Label, string Value);
