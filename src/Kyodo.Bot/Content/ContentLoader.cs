using Kyodo.Bot.Content.Loading;

namespace Kyodo.Bot.Content;

/// <summary>Loads and validates the YAML in dialogs/. Any problem throws <see cref="ContentException"/> listing them all.</summary>
public static class ContentLoader
{
    public static GuidanceContent Load(string dialogsDirectory) => LoadWithCitations(dialogsDirectory).Content;

    public static ContentLoadResult LoadWithCitations(string dialogsDirectory)
    {
        var context = new LoadContext();
        if (!Directory.Exists(dialogsDirectory))
            throw new ContentException([new ContentError(dialogsDirectory, 0, "the content folder does not exist")]);

        var messages = SmallFilesParser.Messages(dialogsDirectory, context);
        var menu = SmallFilesParser.Menu(dialogsDirectory, context);
        var interruptions = SmallFilesParser.Interruptions(dialogsDirectory, context);
        var words = SmallFilesParser.Words(dialogsDirectory, context);
        var numerals = NumeralsParser.Numerals(dialogsDirectory, context);
        var dates = NumeralsParser.Dates(dialogsDirectory, context);
        var intents = IntentsParser.Parse(dialogsDirectory, context, messages);
        var methods = MethodsParser.Parse(dialogsDirectory, context);
        var diagnosis = DiagnosisParser.Parse(dialogsDirectory, context, methods.Facts);
        var checklist = ChecklistParser.Parse(dialogsDirectory, context, methods.Methods);
        var faq = FaqParser.Parse(dialogsDirectory, context);
        var desks = DesksParser.Parse(dialogsDirectory, context);
        var documents = DocumentsParser.Parse(dialogsDirectory, context, methods.Methods);
        var partners = PartnersParser.Parse(dialogsDirectory, context, desks.Areas, methods.Facts);
        var sourceTitles = SmallFilesParser.SourceTitles(dialogsDirectory, context);   // last: it checks every citation

        if (context.Errors.Count > 0) throw new ContentException(context.Errors);
        var content = new GuidanceContent(messages, menu, interruptions, words, diagnosis, methods, checklist, faq, desks, documents, sourceTitles)
        {
            Intents = intents,
            Numerals = numerals,
            Dates = dates,
            Partners = partners,
        };
        return new ContentLoadResult(content, context.Citations);
    }
}
