using System.Text.Json.Nodes;
using Kyodo.Bot.Conversation;

namespace Kyodo.Bot.Dialogs;

/// <summary>Asks the draft's questions not yet answered. "I don't know" leaves that part blank (never invented).</summary>
public sealed class DocumentQuestionDialog() : AskUntilKnownDialog(DialogIds.DocumentQuestion)
{
    protected override NextQuestion? Next(TurnContext turn)
    {
        var answers = turn.Profile.DocumentAnswers;
        return turn.Content.Documents.Questions.FirstOrDefault(q => !answers.ContainsKey(q.Id)) is { } next
            ? new NextQuestion(next.Id, TextPrompt.DefaultId, new PromptOptions(next.Text))
            : null;
    }

    protected override void Record(TurnContext turn, string askedId, JsonNode answer)
    {
        var said = answer.GetValue<string>();
        var unsure = turn.Content.Words.Unsure.Any(word => TextNormalizer.NormalizeTerm(word) == TextNormalizer.Normalize(said));
        turn.Profile.DocumentAnswers[askedId] = unsure ? "" : said;
    }
}
