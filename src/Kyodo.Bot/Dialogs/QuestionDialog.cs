using System.Text.Json.Nodes;
using Kyodo.Bot.Dialogs.Cards;

namespace Kyodo.Bot.Dialogs;

/// <summary>「質問する」: answers from the FAQ with its source, offers the closest questions when unsure, and says honestly when it does not know.</summary>
public sealed class QuestionDialog() : WaterfallDialog(DialogIds.Question,
[
    AskQuestionStepAsync,
    AnswerStepAsync,
    ShowPickedStepAsync,
])
{
    public const string QuestionOption = "question";

    private static Task<DialogTurnResult> AskQuestionStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Options?[QuestionOption] is JsonValue asked) return step.NextAsync(asked.DeepClone(), cancellationToken);
        return step.PromptAsync(TextPrompt.DefaultId, new PromptOptions(step.Turn.Message(MessageKeys.QuestionPrompt)), cancellationToken);
    }

    private static Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        var answer = turn.Faq.Answer(step.ResultText ?? "");
        switch (answer.Kind)
        {
            case FaqAnswerKind.Best:
                turn.Send(new CardReply(FaqCard.Build(turn, answer.Matches[0].Entry)));
                return step.EndAsync(null, cancellationToken);
            case FaqAnswerKind.Choose:
                var choices = answer.Matches.Select(m => new AnswerOption(m.Entry.Id, m.Entry.Question, [])).ToArray();
                return step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions(turn.Message(MessageKeys.QuestionPickOne), Choices: choices), cancellationToken);
            default:
                turn.Record(Stats.ConsultationEventKinds.Unanswered, step.ResultText);
                turn.SendText(turn.Message(MessageKeys.QuestionNoAnswer));
                return step.EndAsync(null, cancellationToken);
        }
    }

    private static Task<DialogTurnResult> ShowPickedStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        if (step.ResultText is { } picked && turn.Faq.Find(picked) is { } entry)
            turn.Send(new CardReply(FaqCard.Build(turn, entry)));
        return step.EndAsync(null, cancellationToken);
    }
}
