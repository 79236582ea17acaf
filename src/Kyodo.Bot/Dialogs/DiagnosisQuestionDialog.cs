using Kyodo.Bot.Content;
using Kyodo.Bot.Conversation.Dialogs;
using Kyodo.Bot.Conversation.Prompts;

namespace Kyodo.Bot.Dialogs;

/// <summary>Asks the diagnosis questions not yet answered, one per loop, and records each answer (and the fact it fills).</summary>
public sealed class DiagnosisQuestionDialog() : WaterfallDialog(DialogIds.DiagnosisQuestion,
[
    AskNextQuestionStepAsync,
    RecordAnswerStepAsync,
])
{
    private const string QuestionKey = "question";

    private static Task<DialogTurnResult> AskNextQuestionStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        var questions = turn.Content.Diagnosis.Questions;
        var answers = turn.Profile.DiagnosisAnswers;
        var next = questions.Select((question, index) => (question, index)).FirstOrDefault(q => !answers.ContainsKey(q.question.Id));
        if (next.question is null) return step.EndAsync(null, cancellationToken);

        step.Values[QuestionKey] = next.question.Id;
        var progress = turn.Message(MessageKeys.DiagnosisProgress, ("number", next.index + 1), ("total", questions.Count));
        var text = string.Join("\n", new[] { progress, next.question.Text, next.question.Help }.Where(t => !string.IsNullOrEmpty(t)));
        return step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions(text, Choices: next.question.Answers), cancellationToken);
    }

    private static Task<DialogTurnResult> RecordAnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        var questionId = step.Values[QuestionKey]!.GetValue<string>();
        var answerId = step.ResultText!;
        turn.Profile.DiagnosisAnswers[questionId] = answerId;
        if (turn.Content.Methods.Facts.Any(f => f.Id == questionId)) turn.Profile.Facts[questionId] = answerId;
        return step.ReplaceDialogAsync(DialogIds.DiagnosisQuestion, null, cancellationToken);
    }
}
