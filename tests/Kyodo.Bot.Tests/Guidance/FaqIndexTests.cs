using Kyodo.Bot.Guidance;

namespace Kyodo.Bot.Tests.Guidance;

public class FaqIndexTests
{
    private readonly FaqIndex index = new(SampleContent.Faq);

    [Theory]
    [InlineData("協働とは何ですか？", "what_is_collaboration")]       // the question itself
    [InlineData("協働って何", "what_is_collaboration")]              // a phrasing
    [InlineData("協働ってなんですか", "what_is_collaboration")]
    [InlineData("協働のメリットは何ですか", "merits")]
    [InlineData("パートナーの探し方を教えて", "find_partner")]
    [InlineData("パートナーを探したい", "find_partner")]
    [InlineData("企画書の書き方を教えてください", "proposal")]
    [InlineData("後援してもらうにはどうすればいい", "endorsement")]
    [InlineData("相談窓口を教えてください", "consult")]
    [InlineData("委託と補助", "commission_vs_subsidy")]
    [InlineData("メリット", "merits")]
    public void A_query_close_to_one_entry_is_Best(string query, string expected)
    {
        var answer = index.Answer(query);

        answer.Kind.Should().Be(FaqAnswerKind.Best);
        answer.Matches.Should().ContainSingle().Which.Entry.Id.Should().Be(expected);
    }

    [Theory]
    [InlineData("気をつけることは何ですか")]
    [InlineData("注意点")]
    [InlineData("注意点を教えて")]
    public void A_query_matching_two_entries_equally_is_Choose(string query)
    {
        var answer = index.Answer(query);

        answer.Kind.Should().Be(FaqAnswerKind.Choose);
        answer.Matches.Select(m => m.Entry.Id).Should().BeEquivalentTo(["commission_caution", "subsidy_caution"]);
        answer.Matches.Select(m => m.Score).Should().BeInDescendingOrder();
    }

    [Theory]
    [InlineData("消費税の申告はいつまでですか")]
    [InlineData("確定申告のやり方を教えてください")]
    [InlineData("明日の天気は晴れますか")]
    [InlineData("今日はいい天気ですね")]
    [InlineData("住民票はどこでとれますか")]
    [InlineData("ごみの出し方は何ですか")]
    [InlineData("協働事業の税金について")]
    [InlineData("ほげほげふがふが")]
    [InlineData("asdfghjkl")]
    [InlineData("こんにちは")]
    [InlineData("ありがとう")]
    [InlineData("ですか")]
    [InlineData("税")]
    [InlineData("")]
    public void An_unrelated_query_is_None(string query)
    {
        var answer = index.Answer(query);

        answer.Kind.Should().Be(FaqAnswerKind.None);
        answer.Matches.Should().BeEmpty();
    }

    [Fact]
    public void Search_ranks_the_best_entry_first_and_respects_top()
    {
        var matches = index.Search("委託と補助の注意点", top: 3);

        matches.Should().HaveCount(3);
        matches[0].Entry.Id.Should().Be("commission_vs_subsidy");
        matches.Select(m => m.Score).Should().BeInDescendingOrder();
        index.Search("委託と補助の注意点", top: 1).Should().ContainSingle();
        index.Search("委託と補助の注意点", top: 0).Should().BeEmpty();
    }

    [Fact]
    public void Search_finds_words_of_the_answer_too()
    {
        index.Search("下請け").Should().NotBeEmpty().And.Subject.First().Entry.Id.Should().Be("commission_caution");
    }

    [Fact]
    public void Width_and_kana_do_not_matter()
    {
        index.Answer("ﾊﾟｰﾄﾅｰの探し方").Matches.Single().Entry.Id.Should().Be("find_partner");
        index.Answer("ぱーとなーの見つけ方").Matches.Single().Entry.Id.Should().Be("find_partner");
    }

    [Fact]
    public void An_empty_index_answers_None() =>
        new FaqIndex([]).Answer("協働とは").Kind.Should().Be(FaqAnswerKind.None);
}
