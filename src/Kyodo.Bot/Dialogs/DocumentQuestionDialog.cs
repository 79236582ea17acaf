using Kyodo.Bot.Conversation.Dialogs;
using Kyodo.Bot.Conversation.Prompts;
using Kyodo.Bot.Guidance;

namespace Kyodo.Bot.Dialogs;

/// <summary>Asks the draft's questions not yet answered, one per loop. "I don't know" leaves that part blank (never invented).</summary>
public sealed class DocumentQuestionDialog() : WaterfallDialog(DialogIds.DocumentQuestion,
[
    AskNextQuestionStepAsync,
    RecordAnswerStepAsync,
])
{
    private const string QuestionKey = "question";

    private static Task<DialogTurnResult> AskNextQuestionStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answers = step.Turn.Profile.DocumentAnswers;
        var next = step.Turn.Content.Documents.Questions.FirstOrDefault(q => !answers.ContainsKey(q.Id));
        if (next is null) return step.EndAsync(null, cancellationToken);
        step.Values[QuestionKey] = next.Id;
        return step.PromptAsync(TextPrompt.DefaultId, new PromptOptions(next.Text), cancellationToken);
    }

    private static Task<DialogTurnResult> RecordAnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        var said = step.ResultText ?? "";
        var unsure = turn.Content.Words.Unsure.Any(word => TextNormalizer.Normalize(word) == TextNormalizer.Normalize(said));
        turn.Profile.DocumentAnswers[step.Values[QuestionKey]!.GetValue<string>()] = unsure ? "" : said;
        return step.ReplaceDialogAsync(DialogIds.DocumentQuestion, null, cancellationToken);
    }
}
