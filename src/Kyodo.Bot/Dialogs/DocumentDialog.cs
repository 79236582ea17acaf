using System.Globalization;
using System.Text;
using Kyodo.Bot.Conversation;
using Kyodo.Bot.Documents;
using Microsoft.Extensions.Options;

namespace Kyodo.Bot.Dialogs;

/// <summary>
/// 「書類の下書きを作る」: collects what a draft still needs (reusing the project description and the chosen method),
/// then hands over a 企画書 and/or 協定書 draft as Word and Markdown behind short-lived download links.
/// </summary>
public sealed class DocumentDialog(DocumentStore store, IOptions<DocumentOptions> options) : WaterfallDialog(DialogIds.Document,
[
    AskMissingAnswersStepAsync,
    AskWhichStepAsync,
    (step, token) => WriteDraftsStepAsync(step, store, options.Value, token),
])
{
    private const string BothId = "both";
    private const string DefaultBaseUrl = "http://localhost:3978";
    private const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static Task<DialogTurnResult> AskMissingAnswersStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Turn.Profile.DocumentAnswers.Clear();
        return step.BeginDialogAsync(DialogIds.DocumentQuestion, null, cancellationToken);
    }

    private static Task<DialogTurnResult> AskWhichStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        var choices = turn.Content.Documents.Templates.Select(t => new AnswerOption(t.Id, t.Label, [])).ToList();
        choices.Add(new AnswerOption(BothId, turn.Message(MessageKeys.DocumentBothLabel), []));
        return step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions(turn.Message(MessageKeys.DocumentChoosePrompt), Choices: choices), cancellationToken);
    }

    private static async Task<DialogTurnResult> WriteDraftsStepAsync(WaterfallStepContext step, DocumentStore store, DocumentOptions options, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        var documents = turn.Content.Documents;
        var picked = step.ResultText;
        var templates = documents.Templates.Where(t => picked == BothId || t.Id == picked).ToArray();
        foreach (var template in templates)
        {
            var draft = DocumentComposer.Compose(documents, template, Answers(turn), turn.Profile.ChosenMethod);
            var stem = $"{template.Id}-{DateTime.UtcNow:yyyyMMdd}";
            var docxBytes = DocxWriter.Write(draft);
            var docx = await store.SaveAsync(stem + ".docx", DocxContentType, docxBytes, cancellationToken).ConfigureAwait(false);
            var markdown = await store.SaveAsync(stem + ".md", "text/markdown; charset=utf-8", Encoding.UTF8.GetBytes(MarkdownWriter.Write(draft)), cancellationToken).ConfigureAwait(false);
            turn.SendText(turn.Message(MessageKeys.DocumentReady,
                ("title", draft.Title),
                ("docx", Link(turn, options, docx)),
                ("markdown", Link(turn, options, markdown)),
                ("hours", (options.LinkLifetimeMinutes / 60.0).ToString("0.#", CultureInfo.InvariantCulture))));
            turn.Send(new FileReply(stem + ".docx", DocxContentType, Link(turn, options, docx), docx, docxBytes.Length));
        }
        return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private static Dictionary<string, string> Answers(TurnContext turn)
    {
        var answers = new Dictionary<string, string>(turn.Profile.DocumentAnswers, StringComparer.Ordinal);
        if (turn.Profile.ProjectDescription is { } description) answers["description"] = description;
        if (turn.Content.Methods.Methods.FirstOrDefault(m => m.Id == turn.Profile.ChosenMethod) is { } method) answers["method"] = method.Name;
        return answers;
    }

    private static string Link(TurnContext turn, DocumentOptions options, string id)
    {
        var baseUrl = options.PublicBaseUrl is { Length: > 0 } configured ? configured : turn.Activity.ServiceUrl ?? DefaultBaseUrl;
        return baseUrl.TrimEnd('/') + DocumentEndpoints.PathPrefix + id;
    }
}
