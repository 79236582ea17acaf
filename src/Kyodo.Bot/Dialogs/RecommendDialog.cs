using System.Text.Json.Nodes;
using Kyodo.Bot.Dialogs.Cards;

namespace Kyodo.Bot.Dialogs;

/// <summary>「協働の手法を選ぶ」: asks only the facts not yet known, shows the top three methods with why they fit, and lets the person pick one.</summary>
public sealed class RecommendDialog() : WaterfallDialog(DialogIds.Recommend,
[
    AskMissingFactsStepAsync,
    ShowRecommendationsStepAsync,
    RecordChoiceStepAsync,
    FollowOfferStepAsync,
])
{
    private const string LaterId = "later";
    private const string FindPartnerId = "findPartner";

    /// <summary>The methods.yaml answer for 「まだ決まっていない」: a person without a partner is offered the partner search.</summary>
    private const string NoPartnerYet = "undecided";

    private static Task<DialogTurnResult> AskMissingFactsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        if (MethodRecommender.MissingFacts(turn.Content.Methods, turn.Profile.Facts).Count == 0)
            return step.NextAsync(null, cancellationToken);
        turn.SendText(turn.Message(MessageKeys.RecommendIntro));
        return step.BeginDialogAsync(DialogIds.MethodFact, null, cancellationToken);
    }

    private static Task<DialogTurnResult> ShowRecommendationsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        var ranked = MethodRecommender.Recommend(turn.Content.Methods, turn.Profile.Facts);
        turn.Profile.RecommendedMethods = ranked.Select(r => r.Method.Id).ToList();
        if (ranked.Count == 0)
        {
            turn.SendText(turn.Message(MessageKeys.RecommendNone));
            return step.EndAsync(null, cancellationToken);
        }
        turn.Record(Stats.ConsultationEventKinds.Method, ranked[0].Method.Id);
        turn.SendText(turn.Message(MessageKeys.RecommendResultTitle));
        turn.Send(new CardReply(ranked.Select((r, i) => MethodCard.Build(turn, r, i + 1)).ToArray()));

        var choices = ranked.Select(r => new AnswerOption(r.Method.Id, r.Method.Name, [])).ToList();
        if (turn.Profile.Facts.GetValueOrDefault(PartnerDialog.PartnerFactId) == NoPartnerYet)
        {
            turn.SendText(turn.Message(MessageKeys.PartnerOfferAfterRecommend));
            choices.Add(new AnswerOption(FindPartnerId, turn.Message(MessageKeys.PartnerFindLabel), []));
        }
        choices.Add(new AnswerOption(LaterId, turn.Message(MessageKeys.BackToMenuLabel), []));
        return step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions(turn.Message(MessageKeys.ChooseMethodPrompt), Choices: choices), cancellationToken);
    }

    private static Task<DialogTurnResult> RecordChoiceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        var picked = step.ResultText;
        if (picked is null or LaterId) return step.EndAsync(null, cancellationToken);
        if (picked == FindPartnerId) return step.ReplaceDialogAsync(DialogIds.Partner, null, cancellationToken);
        turn.Profile.ChosenMethod = picked;
        var method = turn.Content.Methods.Methods.First(m => m.Id == picked);
        var offer = turn.Message(MessageKeys.ChecklistIntro, ("method", method.Name));
        return step.PromptAsync(ConfirmPrompt.DefaultId, ConfirmPrompt.Options(turn, offer), cancellationToken);
    }

    private static Task<DialogTurnResult> FollowOfferStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Result?.GetValue<bool>() == true
            ? step.ReplaceDialogAsync(DialogIds.Checklist, new JsonObject(), cancellationToken)
            : step.EndAsync(null, cancellationToken);
}
