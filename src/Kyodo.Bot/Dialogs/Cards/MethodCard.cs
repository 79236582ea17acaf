using Kyodo.Bot.Conversation;

namespace Kyodo.Bot.Dialogs.Cards;

/// <summary>One recommended method: rank, 概要, why it fits, 利点, 注意点, source.</summary>
public static class MethodCard
{
    public static Card Build(TurnContext turn, MethodRecommendation recommendation, int rank)
    {
        var method = recommendation.Method;
        return new Card(
            turn.Message(MessageKeys.RecommendRankTitle, ("rank", rank), ("name", method.Name)),
            null,
            [
                new CardSection(turn.Message(MessageKeys.SummaryLabel), [method.Summary]),
                new CardSection(turn.Message(MessageKeys.WhyLabel), recommendation.Reasons),
                new CardSection(turn.Message(MessageKeys.BenefitsLabel), method.Benefits),
                new CardSection(turn.Message(MessageKeys.CautionsLabel), method.Cautions),
                SourceSection.Of(turn, [method.Source]),
            ],
            [new ReplyButton(method.Name, method.Id)]);
    }
}
