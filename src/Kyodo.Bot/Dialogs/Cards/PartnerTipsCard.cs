using Kyodo.Bot.Conversation;

namespace Kyodo.Bot.Dialogs.Cards;

/// <summary>The seeds' 「パートナーを探すときのコツ」: what to check before choosing, with its source.</summary>
public static class PartnerTipsCard
{
    public static Card Build(TurnContext turn, PartnerTips tips) =>
        new(tips.Title, null, [new CardSection(null, [tips.Intro]), new CardSection(null, tips.Checks), SourceSection.Of(turn, [tips.Source])], []);
}
