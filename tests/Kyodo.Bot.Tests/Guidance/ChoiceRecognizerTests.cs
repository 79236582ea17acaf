using Kyodo.Bot.Content;
using Kyodo.Bot.Guidance;

namespace Kyodo.Bot.Tests.Guidance;

public class ChoiceRecognizerTests
{
    private static readonly IReadOnlyList<AnswerOption> Partners =
    [
        SampleContent.Opt("government", "行政（県・市町村）", "役所", "市役所"),
        SampleContent.Opt("company", "企業", "会社"),
        SampleContent.Opt("npo", "NPO・ボランティア団体"),
        SampleContent.Opt("school", "大学・学校"),
    ];

    private static string? Pick(string text, IReadOnlyList<AnswerOption> options) =>
        ChoiceRecognizer.Recognize(text, options, SampleContent.Words)?.Id;

    [Theory]
    [InlineData("1", "government")]
    [InlineData("２", "company")]
    [InlineData("③", "npo")]
    [InlineData("1番", "government")]
    [InlineData("２番目", "company")]
    [InlineData("4つめ", "school")]
    [InlineData("一", "government")]
    [InlineData("いち", "government")]
    [InlineData("最初", "government")]
    [InlineData("最初の", "government")]
    [InlineData("ふたつめ", "company")]
    [InlineData("二番", "company")]
    [InlineData("三番目", "npo")]
    [InlineData("よん", "school")]
    public void By_number_in_every_form(string text, string expected) => Pick(text, Partners).Should().Be(expected);

    [Theory]
    [InlineData("5")]
    [InlineData("0")]
    [InlineData("五番")]
    public void A_number_beyond_the_options_is_null(string text) => Pick(text, Partners).Should().BeNull();

    [Theory]
    [InlineData("企業", "company")]
    [InlineData("行政（県・市町村）", "government")]
    [InlineData("行政(県・市町村)", "government")]
    [InlineData("会社", "company")]
    [InlineData("ＮＰＯ・ボランティア団体", "npo")]
    [InlineData("npoぼらんてぃあ団体", "npo")]
    public void By_label_or_synonym(string text, string expected) => Pick(text, Partners).Should().Be(expected);

    [Theory]
    [InlineData("行政", "government")]           // label contains the text
    [InlineData("ボランティア", "npo")]
    [InlineData("大学", "school")]
    [InlineData("地元の企業です", "company")]       // text contains the label
    [InlineData("市役所の人と", "government")]      // text contains a synonym
    public void By_partial_label(string text, string expected) => Pick(text, Partners).Should().Be(expected);

    [Theory]
    [InlineData("はい", "yes")]
    [InlineData("うん", "yes")]
    [InlineData("OK", "yes")]
    [InlineData("そうです！", "yes")]
    [InlineData("いいえ", "no")]
    [InlineData("ちがう", "no")]
    [InlineData("けっこうです", "no")]
    [InlineData("不明", "unsure")]
    [InlineData("よくわからない", "unsure")]
    [InlineData("いいえ、ちがいます", "no")]
    [InlineData("2", "no")]
    public void Yes_no_unsure_words(string text, string expected) => Pick(text, SampleContent.YesNoUnsure).Should().Be(expected);

    [Theory]
    [InlineData("団体")]                  // both labels contain it
    [InlineData("NPO団体か地域の団体")]     // contains both labels, equally long
    public void Ambiguous_is_null(string text)
    {
        IReadOnlyList<AnswerOption> options =
        [
            SampleContent.Opt("npo", "NPO団体"),
            SampleContent.Opt("local", "地域の団体"),
            SampleContent.Opt("company", "企業"),
        ];

        Pick(text, options).Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("、。")]
    [InlineData("天気")]
    [InlineData("ごめんなさい")]
    public void Nothing_fitting_is_null(string text) => Pick(text, Partners).Should().BeNull();

    [Fact]
    public void Labels_with_digits_match_by_label_before_number()
    {
        IReadOnlyList<AnswerOption> counts =
        [
            SampleContent.Opt("two", "2団体"),
            SampleContent.Opt("three_plus", "3団体以上"),
        ];

        Pick("3団体以上", counts).Should().Be("three_plus");
        Pick("2団体", counts).Should().Be("two");
        Pick("3団体", counts).Should().Be("three_plus");
        Pick("1", counts).Should().Be("two");
    }
}
