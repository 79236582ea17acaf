using Kyodo.Bot.Conversation;

namespace Kyodo.Bot.Dialogs.Cards;

/// <summary>The 出典 line of a card, so every piece of guidance shows where it comes from.</summary>
public static class SourceSection
{
    public static CardSection Of(TurnContext turn, IEnumerable<SourceRef> sources)
    {
        var cited = string.Join(" / ", sources.Select(turn.Content.Cite).Distinct());
        return new CardSection(null, cited.Length == 0 ? [] : [turn.Message(MessageKeys.SourceLabel, ("source", cited))]);
    }
}
