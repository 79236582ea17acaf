using Kyodo.Bot.Conversation;

namespace Kyodo.Bot.Dialogs.Cards;

/// <summary>An FAQ answer with the question it answers and its source.</summary>
public static class FaqCard
{
    public static Card Build(TurnContext turn, FaqEntry entry) =>
        new(entry.Question, null, [new CardSection(null, [entry.Answer]), SourceSection.Of(turn, [entry.Source])], []);
}
