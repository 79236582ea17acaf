using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Kyodo.Bot.Documents;

/// <summary>The draft as a Word document: real Title and Heading styles (so Word's navigation works), and bordered tables.</summary>
public static class DocxWriter
{
    private const string JapaneseFont = "Yu Mincho";   // Word's Japanese serif; LibreOffice substitutes an installed CJK font
    private const string NoteColor = "666666";

    public static byte[] Write(DocumentDraft draft)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = DocxStyles.Build(JapaneseFont);
            var body = new Body();
            body.Append(Paragraph(draft.Title, style: "Title"));
            if (draft.Intro is { } intro) body.Append(Paragraph(intro));
            foreach (var section in draft.Sections)
            {
                body.Append(Paragraph(section.Heading, style: "Heading1"));
                if (section.Note is { } note) body.Append(Paragraph(note, italic: true, color: NoteColor));
                foreach (var paragraph in section.Paragraphs) body.Append(Paragraph(paragraph));
                if (section.Rows.Count > 0) body.Append(Table(draft.TableHeader, section.Rows));
            }
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },   // A4
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1304U, Right = 1304U, Header = 720U, Footer = 720U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, string? style = null, bool italic = false, string? color = null)
    {
        var properties = new RunProperties();
        if (italic) properties.Append(new Italic());
        if (color is not null) properties.Append(new Color { Val = color });
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        var lines = text.Split('\n');
        var run = new Run(properties);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        paragraph.Append(run);
        return paragraph;
    }

    private static Table Table(IReadOnlyList<string> header, IReadOnlyList<DraftRow> rows)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, border));
        table.Append(new TableGrid(new GridColumn { Width = "3000" }, new GridColumn { Width = "6000" }));
        table.Append(Row(header[0], header[1], bold: true));
        foreach (var row in rows) table.Append(Row(row.Label, row.Value, bold: false));
        return table;
    }

    private static TableRow Row(string label, string value, bool bold) => new(Cell(label, bold: true), Cell(value, bold));

    private static TableCell Cell(string text, bool bold)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold) run.PrependChild(new RunProperties(new Bold()));
        return new TableCell(new Paragraph(run));
    }
}
