using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Kyodo.Bot.Documents;

namespace Kyodo.Bot.Tests.Documents;

public sealed class DocxWriterTests
{
    private static byte[] Agreement(string? method = "commission") =>
        DocxWriter.Write(DocumentComposer.Compose(DocumentComposerTests.Content.Documents, DocumentComposerTests.Template("agreement"), DocumentComposerTests.Answers, method));

    [Fact]
    public void The_docx_passes_the_Open_XML_validator_and_has_headings_and_tables()
    {
        using var stream = new MemoryStream(Agreement());
        using var document = WordprocessingDocument.Open(stream, false);

        new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").Should().BeEmpty();
        var body = document.MainDocumentPart!.Document.Body!;
        body.Descendants<ParagraphStyleId>().Select(s => s.Val!.Value).Should().Contain("Title").And.Contain("Heading1");
        body.Descendants<Table>().Should().NotBeEmpty();
        body.InnerText.Should().Contain("地域見守り事業").And.Contain("（再委託）").And.Contain("【要記入】");
    }

    [Fact]
    public void The_draft_opens_in_LibreOffice_and_renders_Japanese_text_on_the_page()
    {
        if (!File.Exists("/usr/bin/soffice") || !File.Exists("/usr/bin/pdftoppm") || !File.Exists("/usr/bin/pdftotext"))
        {
            // CI installs them; locally this says what is missing instead of passing silently.
            throw new InvalidOperationException("LibreOffice and poppler-utils are needed: apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk");
        }
        var folder = Path.Combine(Path.GetTempPath(), "kyodo-docx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var docx = Path.Combine(folder, "agreement.docx");
        File.WriteAllBytes(docx, Agreement());

        Run("soffice", $"--headless -env:UserInstallation=file://{folder}/profile --convert-to pdf --outdir {folder} {docx}");
        Run("pdftoppm", $"-png -r 50 -f 1 -l 1 {folder}/agreement.pdf {folder}/page");
        var text = Run("pdftotext", $"-f 1 -l 1 {folder}/agreement.pdf -");

        text.Should().Contain("協定書").And.Contain("地域見守り事業");
        new FileInfo(Directory.GetFiles(folder, "page*.png").Single()).Length.Should().BeGreaterThan(5_000);
    }

    private static string Run(string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) { process.Kill(true); throw new TimeoutException($"{program} took too long"); }
        process.ExitCode.Should().Be(0, $"{program} {arguments}: {errors.Result}");
        return output.Result;
    }
}
