using Kyodo.Bot.Content;
using Kyodo.Bot.Guidance;

namespace Kyodo.Bot.Tests.Understanding;

public sealed class IntentRecognizerTests
{
    private static IntentRecognizer Recognizer => RealContent.Value.Intents;

    [Theory]
    [InlineData("企業と一緒にこども食堂をやりたい", IntentIds.Diagnose)]
    [InlineData("委託と共催どっちがいい", IntentIds.Recommend)]
    [InlineData("委託と補助の違いは？", IntentIds.Question)]
    [InlineData("チェックリストの続き", IntentIds.Checklist)]
    [InlineData("下関に住んでいます", IntentIds.Desk)]
    [InlineData("ありがとうございました", IntentIds.SmallTalk)]
    [InlineData("税金の申告のしかた", IntentIds.OutOfScope)]
    [InlineData("住民票はどこでもらえますか", IntentIds.OutOfScope)]
    public void Reads_what_the_person_wants(string text, string expected) =>
        Recognizer.Recognize(text).Intent.Should().Be(expected);

    [Theory]
    [InlineData("1", IntentIds.Diagnose)]
    [InlineData("②", IntentIds.Recommend)]
    [InlineData("三", IntentIds.Checklist)]
    [InlineData("診断", IntentIds.Diagnose)]
    [InlineData("協働の手法を選ぶ", IntentIds.Recommend)]
    public void A_menu_label_keyword_or_number_is_an_exact_menu_choice(string text, string expected)
    {
        var result = Recognizer.Recognize(text);

        result.Intent.Should().Be(expected);
        result.Exact.Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("🙂🙂🙂")]
    [InlineData("あいうえお")]
    [InlineData("asdfgh")]
    public void Gibberish_is_unsure_not_a_confident_jump(string text) =>
        Recognizer.Recognize(text).IsUnsure.Should().BeTrue();

    [Fact]
    public void Two_intents_scoring_alike_is_unsure()
    {
        IntentDefinition Intent(string id) => new(id, ["協働"], [], null, []);
        var recognizer = new IntentRecognizer([Intent("diagnose"), Intent("recommend")], [], Words(), new FaqIndex([]));

        recognizer.Recognize("協働です").IsUnsure.Should().BeTrue();
    }

    [Fact]
    public void A_symbol_keyword_matches_the_text_as_typed()
    {
        var recognizer = new IntentRecognizer([new("question", ["？"], [], null, [], KeywordWeight: 2), new("diagnose", ["やりたい"], [], null, [])], [], Words(), new FaqIndex([]));

        recognizer.Recognize("これは？").Intent.Should().Be("question");
        recognizer.Recognize("これは").IsUnsure.Should().BeTrue();
    }

    [Theory]
    [InlineData("ありがとう！", "small_talk_thanks")]
    [InlineData("こんにちは", "small_talk_greeting")]
    [InlineData("お疲れさまです", "small_talk_other")]
    public void Small_talk_is_answered_with_the_fitting_phrase(string text, string messageKey) =>
        Recognizer.ReplyMessage(IntentIds.SmallTalk, text).Should().Be(messageKey);

    [Fact]
    public void A_request_to_diagnose_is_not_a_project_description()
    {
        Recognizer.MentionsMenuKeyword(IntentIds.Diagnose, "協働に向いているか診断して").Should().BeTrue();
        Recognizer.MentionsMenuKeyword(IntentIds.Diagnose, "企業と一緒にこども食堂をやりたい").Should().BeFalse();
    }

    private static Words Words() => new([], [], [], new Dictionary<int, IReadOnlyList<string>>());
}
