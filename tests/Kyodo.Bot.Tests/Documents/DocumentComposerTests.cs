using Kyodo.Bot.Content;
using Kyodo.Bot.Documents;
using Kyodo.Bot.Hosting;

namespace Kyodo.Bot.Tests.Documents;

public sealed class DocumentComposerTests
{
    internal static readonly GuidanceContent Content = ContentLoader.Load(Path.Combine(RepositoryPaths.FindRoot(AppContext.BaseDirectory), "dialogs"));
    internal static DocumentTemplate Template(string id) => Content.Documents.Templates.Single(t => t.Id == id);

    internal static readonly Dictionary<string, string> Answers = new()
    {
        ["project_name"] = "地域見守り事業",
        ["our_name"] = "山口市",
        ["partner_name"] = "NPO法人みまもり",
        ["period"] = "令和8年4月1日から令和9年3月31日まで",
        ["budget"] = "",
        ["description"] = "高齢者の見守りを地域で行う",
    };

    [Fact]
    public void The_agreement_carries_every_item_the_guide_requires_with_the_persons_answers()
    {
        var draft = DocumentComposer.Compose(Content.Documents, Template("agreement"), Answers, methodId: null);
        var text = MarkdownWriter.Write(draft);

        foreach (var item in new[] { "目的", "役割分担", "費用負担", "スケジュール", "事業内容", "責任の範囲", "成果物の帰属", "個人情報の取扱い" })
            draft.Sections.Should().Contain(s => s.Heading.Contains(item), item);
        text.Should().Contain("地域見守り事業").And.Contain("NPO法人みまもり").And.Contain("令和8年4月1日から令和9年3月31日まで").And.Contain("高齢者の見守りを地域で行う");
        draft.Sections.First().Heading.Should().StartWith("第1条");
    }

    [Fact]
    public void What_the_person_did_not_say_is_left_blank_never_invented()
    {
        var draft = DocumentComposer.Compose(Content.Documents, Template("agreement"), Answers, methodId: null);

        var costs = draft.Sections.Single(s => s.Heading.Contains("費用負担"));
        costs.Paragraphs.Single().Should().Contain("【要記入】");
        costs.Rows.Should().OnlyContain(r => r.Value == "【要記入】");
    }

    [Theory]
    [InlineData("commission", new[] { "仕様", "成果物", "再委託" })]
    [InlineData("co_hosting", new[] { "費用と責任の分担", "事務局" })]
    [InlineData("sponsorship", new[] { "名義使用の条件と範囲" })]
    [InlineData("subsidy", new[] { "交付条件と報告" })]
    [InlineData("executive_committee", new[] { "構成と事務局" })]
    public void Method_clauses_appear_only_for_their_method(string method, string[] clauses)
    {
        var withMethod = DocumentComposer.Compose(Content.Documents, Template("agreement"), Answers, method);
        var others = Content.Documents.Templates.Single(t => t.Id == "agreement").MethodSections.Keys.Where(m => m != method)
            .SelectMany(m => Template("agreement").MethodSections[m].Select(s => s.Heading)).Except(clauses.Select(c => $"（{c}）")).ToArray();

        foreach (var clause in clauses) withMethod.Sections.Should().Contain(s => s.Heading.EndsWith($"（{clause}）"));
        foreach (var other in others) withMethod.Sections.Should().NotContain(s => s.Heading.EndsWith(other));
        withMethod.Sections[^1].Heading.Should().EndWith("（協議）", "the closing article stays last");
        DocumentComposer.Compose(Content.Documents, Template("agreement"), Answers, null).Sections
            .Should().NotContain(s => clauses.Any(c => s.Heading.EndsWith($"（{c}）")));
    }

    [Fact]
    public void The_proposal_follows_the_guides_items_with_5W2H_and_budget()
    {
        var draft = DocumentComposer.Compose(Content.Documents, Template("proposal"), Answers, "commission");

        draft.Sections.Select(s => s.Heading).Should().ContainInOrder("1 企画の背景", "2 テーマ（解決したい課題）", "3 事業内容（5W2H）", "4 協働の提案（人・モノ・金・情報）", "5 予算", "6 実績");
        draft.Sections[2].Rows.Select(r => r.Label).Should().Contain("いつ（When）").And.Contain("いくらで（How much）");
        draft.Sections[0].Paragraphs.Single().Should().Be("高齢者の見守りを地域で行う");
    }
}
