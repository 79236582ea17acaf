using DocumentFormat.OpenXml.Wordprocessing;

namespace Kyodo.Bot.Documents;

/// <summary>The few styles a draft needs: Normal (Japanese font), Title and Heading 1.</summary>
public static class DocxStyles
{
    public static Styles Build(string japaneseFont)
    {
        var defaults = new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = japaneseFont, HighAnsi = japaneseFont, EastAsia = japaneseFont },
                new FontSize { Val = "21" },
                new Languages { Val = "ja-JP", EastAsia = "ja-JP" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" })));
        return new Styles(
            defaults,
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Heading("Title", "Title", size: "32", outline: null),
            Heading("Heading1", "heading 1", size: "24", outline: 0));
    }

    private static Style Heading(string id, string name, string size, int? outline)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" });
        if (outline is { } level) paragraph.Append(new OutlineLevel { Val = level });
        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(new Bold(), new FontSize { Val = size }))
        { Type = StyleValues.Paragraph, StyleId = id };
    }
}
