using System.Text.Json.Nodes;
using Kyodo.Bot.Dialogs.Cards;

namespace Kyodo.Bot.Dialogs;

/// <summary>「協働に向いているか」: the person's own words, the questions, the verdict with its reasons, then an offer to choose a method.</summary>
public sealed class DiagnoseDialog() : WaterfallDialog(DialogIds.Diagnose,
[
    AskAboutProjectStepAsync,
    AskQuestionsStepAsync,
    ShowVerdictStepAsync,
    FollowOfferStepAsync,
])
{
    /// <summary>Option: the person already described the project (typed at the top level), so it is not asked again.</summary>
    public const string DescriptionOption = "description";

    private static Task<DialogTurnResult> AskAboutProjectStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = step.Turn.Profile;
        // A new diagnosis is about a (possibly) new project: what we knew about the last one no longer applies.
        profile.DiagnosisAnswers.Clear();
        profile.Facts.Clear();
        profile.Verdict = null;
        profile.RecommendedMethods.Clear();
        step.Turn.SendText(step.Turn.Message(MessageKeys.DiagnosisIntro));
        if (step.Options?[DescriptionOption] is JsonValue described) return step.NextAsync(described.DeepClone(), cancellationToken);
        return step.PromptAsync(TextPrompt.DefaultId, new PromptOptions(step.Turn.Content.Diagnosis.DescribePrompt), cancellationToken);
    }

    private static Task<DialogTurnResult> AskQuestionsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Turn.Profile.ProjectDescription = step.ResultText;
        return step.BeginDialogAsync(DialogIds.DiagnosisQuestion, null, cancellationToken);
    }

    private static Task<DialogTurnResult> ShowVerdictStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        var result = DiagnosisEvaluator.Evaluate(turn.Content.Diagnosis, turn.Profile.DiagnosisAnswers);
        turn.Profile.Verdict = result.Verdict.ToString();
        turn.Record(Stats.ConsultationEventKinds.Verdict, result.Verdict.ToString());
        turn.Send(new CardReply(VerdictCard.Build(turn, result)));
        if (result.NeedsJudgement) turn.SendText(turn.Message(MessageKeys.EscalationOfferJudgement));
        if (result.Verdict == Verdict.NotSuitable) return step.EndAsync(null, cancellationToken);
        return step.PromptAsync(ConfirmPrompt.DefaultId, ConfirmPrompt.Options(turn, turn.Message(MessageKeys.DiagnosisOfferRecommend)), cancellationToken);
    }

    private static Task<DialogTurnResult> FollowOfferStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Result?.GetValue<bool>() == true
            ? step.ReplaceDialogAsync(DialogIds.Recommend, null, cancellationToken)
            : step.EndAsync(null, cancellationToken);
}
