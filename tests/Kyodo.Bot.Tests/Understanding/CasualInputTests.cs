using Kyodo.Bot.Guidance;

namespace Kyodo.Bot.Tests.Understanding;

/// <summary>Yes/no/わからない and numbered choices as people type them in chat, with the real words.yaml.</summary>
public sealed class CasualInputTests
{
    private static string? YesNo(string text) =>
        ChoiceRecognizer.Recognize(text, DevSetEvaluator.YesNoOptions(RealContent.Value.Content), RealContent.Value.Content.Words)?.Id;

    [Theory]
    [InlineData("はい", "yes")]
    [InlineData("うん", "yes")]
    [InlineData("ええ", "yes")]
    [InlineData("そうです", "yes")]
    [InlineData("OK", "yes")]
    [InlineData("お願いします", "yes")]
    [InlineData("はーい", "yes")]
    [InlineData("はぃ", "yes")]
    [InlineData("はいっ", "yes")]
    [InlineData("いいえ", "no")]
    [InlineData("いや", "no")]
    [InlineData("ちがう", "no")]
    [InlineData("ううん", "no")]
    [InlineData("けっこうです", "no")]
    [InlineData("いいえー", "no")]
    [InlineData("わからない", "unsure")]
    [InlineData("うーん", "unsure")]   // not folded into うん
    public void Yes_no_and_unsure(string text, string expected) => YesNo(text).Should().Be(expected);

    [Fact]
    public void A_hesitation_is_not_yes_when_only_yes_and_no_are_offered()
    {
        var yesNo = DevSetEvaluator.YesNoOptions(RealContent.Value.Content).Where(o => o.Id != "unsure").ToList();

        ChoiceRecognizer.Recognize("うーん", yesNo, RealContent.Value.Content.Words).Should().BeNull();
    }

    [Theory]
    [InlineData("1")]
    [InlineData("１")]
    [InlineData("一")]
    [InlineData("①")]
    [InlineData("いち")]
    [InlineData("1番")]
    [InlineData("最初の")]
    [InlineData("最初のやつ")]
    [InlineData("きぎょう")]     // a reading is a synonym in the content
    public void Choices_by_number_or_reading(string text)
    {
        var options = DevSetEvaluator.Options(RealContent.Value.Content, "diagnosis:partner");
        var expected = text == "きぎょう" ? "company" : "government";

        (ChoiceRecognizer.Recognize(text, options, RealContent.Value.Content.Words)?.Id).Should().Be(expected);
    }

    [Theory]
    [InlineData("はーい", "はい")]
    [InlineData("はぃ", "はい")]
    [InlineData("はいっ", "はい")]
    [InlineData("いいえ〜", "いいえ")]
    [InlineData("っ", "っ")]
    public void Casual_folding(string text, string expected) =>
        TextNormalizer.FoldCasual(TextNormalizer.Normalize(text)).Should().Be(expected);
}
