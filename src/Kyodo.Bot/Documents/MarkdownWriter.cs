using System.Text;

namespace Kyodo.Bot.Documents;

/// <summary>The draft as Markdown, for pasting into a 起案 or an e-mail.</summary>
public static class MarkdownWriter
{
    public static string Write(DocumentDraft draft)
    {
        var text = new StringBuilder();
        text.Append("# ").AppendLine(draft.Title).AppendLine();
        if (draft.Intro is { } intro) text.AppendLine(intro).AppendLine();
        foreach (var section in draft.Sections)
        {
            text.Append("## ").AppendLine(section.Heading).AppendLine();
            if (section.Note is { } note) text.Append("> ").AppendLine(note).AppendLine();
            foreach (var paragraph in section.Paragraphs) text.AppendLine(paragraph).AppendLine();
            if (section.Rows.Count == 0) continue;
            text.Append("| ").Append(draft.TableHeader[0]).Append(" | ").Append(draft.TableHeader[1]).AppendLine(" |").AppendLine("| --- | --- |");
            foreach (var row in section.Rows) text.Append("| ").Append(Cell(row.Label)).Append(" | ").Append(Cell(row.Value)).AppendLine(" |");
            text.AppendLine();
        }
        return text.ToString();
    }

    private static string Cell(string value) => value.Replace("|", "\\|").Replace("\n", " ");
}
