using Kyodo.Bot.Content;
using Kyodo.Bot.Guidance;

namespace Kyodo.Bot.Tests.Guidance;

public sealed class PartnerTextReaderTests
{
    private static readonly IReadOnlyList<AnswerOption> PartnerKinds =
    [
        new("npo", "NPO・市民活動団体", ["NPO", "市民団体"]),
        new("company", "企業", ["会社", "事業者"]),
        new("school", "大学・学校", ["大学", "学校"]),
    ];

    [Theory]
    [InlineData("河川敷のゴミ拾いを町内会でやっています", new[] { "environment" })]
    [InlineData("地域でこども食堂を開きたい", new[] { "children" })]
    [InlineData("高齢者の見守りと子育て支援", new[] { "children", "welfare" })]
    [InlineData("ｺﾄﾞﾓ食堂をやりたい", new[] { "children" })]   // half-width katakana reads as こども
    [InlineData("商店街のお祭り", new string[0])]
    [InlineData("", new string[0])]
    public void Fields_are_read_from_a_project_description_in_file_order(string text, string[] expected) =>
        PartnerTextReader.Fields(text, SamplePartners.Directory.Fields).Should().Equal(expected);

    [Fact]
    public void Fields_of_no_text_are_none() =>
        PartnerTextReader.Fields(null, SamplePartners.Directory.Fields).Should().BeEmpty();

    [Theory]
    [InlineData("どんなNPOと組めるか知りたい", "npo")]
    [InlineData("どんなｎｐｏと組める？", "npo")]
    [InlineData("こども食堂を手伝ってくれる企業を探しています", "company")]
    [InlineData("大学と連携したい", "school")]
    [InlineData("会社としてNPOと組みたい", null)]   // both named: ask
    [InlineData("協働相手を探したい", null)]
    public void The_kind_of_partner_is_read_only_when_exactly_one_is_named(string text, string? expected) =>
        (PartnerTextReader.MentionedOption(text, PartnerKinds)?.Id).Should().Be(expected);
}
