using Kyodo.Bot.Guidance;

namespace Kyodo.Bot.Tests.Understanding;

public sealed class AmountRecognizerTests
{
    private static Kyodo.Bot.Content.Numerals Numerals => RealContent.Value.Content.Numerals;

    [Theory]
    [InlineData("3人", 3, "人")]
    [InlineData("３人です", 3, "人")]
    [InlineData("三十万円", 300000, "円")]
    [InlineData("10万", 100000, "")]
    [InlineData("１０万円くらい", 100000, "円")]
    [InlineData("1,500円", 1500, "円")]
    [InlineData("1.5万円", 15000, "円")]
    [InlineData("二千五百", 2500, "")]
    [InlineData("十二団体", 12, "団体")]
    [InlineData("10万3千円", 103000, "円")]
    [InlineData("百万円", 1000000, "円")]
    [InlineData("予算は5万円です", 50000, "円")]
    [InlineData("二〇二六", 2026, "")]
    public void Reads_amounts_with_kanji_compounds(string text, double value, string unit)
    {
        var amount = AmountRecognizer.Recognize(text, Numerals);

        amount.Should().NotBeNull();
        amount!.Value.Should().Be((decimal)value);
        amount.Unit.Should().Be(unit);
    }

    [Theory]
    [InlineData("")]
    [InlineData("たくさん")]
    [InlineData("万円")]
    public void No_number_is_null(string text) => AmountRecognizer.Recognize(text, Numerals).Should().BeNull();

    [Theory]
    [InlineData("二十団体", 20)]
    [InlineData("2、3団体", 2)]
    [InlineData("1.5", null)]
    public void A_whole_number_for_counting_prompts(string text, int? expected) =>
        AmountRecognizer.WholeNumber(text, Numerals).Should().Be(expected);
}
