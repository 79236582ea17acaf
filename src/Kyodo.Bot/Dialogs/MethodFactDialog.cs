using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kyodo.Bot.Conversation;

namespace Kyodo.Bot.Dialogs;

/// <summary>Asks the recommender's facts that are still unknown (a choice, or a number such as how many parties).</summary>
public sealed class MethodFactDialog() : AskUntilKnownDialog(DialogIds.MethodFact)
{
    protected override NextQuestion? Next(TurnContext turn)
    {
        var missing = MethodRecommender.MissingFacts(turn.Content.Methods, turn.Profile.Facts);
        if (missing.Count == 0) return null;
        var fact = missing[0];
        return fact.Kind == FactKind.Number
            ? new NextQuestion(fact.Id, NumberPrompt.DefaultId, new PromptOptions(fact.Question))
            : new NextQuestion(fact.Id, ChoicePrompt.DefaultId, new PromptOptions(fact.Question, Choices: fact.Answers));
    }

    protected override void Record(TurnContext turn, string askedId, JsonNode answer) =>
        turn.Profile.Facts[askedId] = answer.GetValueKind() == JsonValueKind.Number
            ? answer.GetValue<int>().ToString(CultureInfo.InvariantCulture)
            : answer.GetValue<string>();
}
