using Kyodo.Bot.Conversation;

namespace Kyodo.Bot.Tests.Conversation;

public sealed class ChoiceValueTests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("協働の相談")]
    public void A_button_value_carries_its_choice_id_and_reads_the_same_when_asked_again(string id)
    {
        var first = ChoiceValue.Of(id);
        var again = ChoiceValue.Of(id);

        first.GetProperty(TurnContext.ChoiceValueKey).GetString().Should().Be(id);
        first.EnumerateObject().Should().ContainSingle();
        again.GetRawText().Should().Be(first.GetRawText());
    }
}
