using System.Globalization;
using Kyodo.Bot.Content;
using Kyodo.Bot.Conversation.Dialogs;
using Kyodo.Bot.Conversation.Prompts;
using Kyodo.Bot.Guidance;

namespace Kyodo.Bot.Dialogs;

/// <summary>Asks the recommender's facts that are still unknown, one per loop (a choice, or a number such as how many parties).</summary>
public sealed class MethodFactDialog() : WaterfallDialog(DialogIds.MethodFact,
[
    AskNextFactStepAsync,
    RecordFactStepAsync,
])
{
    private const string FactKey = "fact";

    private static Task<DialogTurnResult> AskNextFactStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        var missing = MethodRecommender.MissingFacts(turn.Content.Methods, turn.Profile.Facts);
        if (missing.Count == 0) return step.EndAsync(null, cancellationToken);

        var fact = missing[0];
        step.Values[FactKey] = fact.Id;
        return fact.Kind == FactKind.Number
            ? step.PromptAsync(NumberPrompt.DefaultId, new PromptOptions(fact.Question), cancellationToken)
            : step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions(fact.Question, Choices: fact.Answers), cancellationToken);
    }

    private static Task<DialogTurnResult> RecordFactStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var factId = step.Values[FactKey]!.GetValue<string>();
        var answer = step.Result is { } result && result.GetValueKind() == System.Text.Json.JsonValueKind.Number
            ? result.GetValue<int>().ToString(CultureInfo.InvariantCulture)
            : step.ResultText!;
        step.Turn.Profile.Facts[factId] = answer;
        return step.ReplaceDialogAsync(DialogIds.MethodFact, null, cancellationToken);
    }
}
