using Kyodo.Bot.Content;
using Kyodo.Bot.Hosting;

namespace Kyodo.Bot.Tests.Content;

/// <summary>A broken edit is reported as file:line: what is wrong. Each case copies the real content and breaks one file.</summary>
public sealed class ContentLoaderErrorTests : IDisposable
{
    private readonly string _dialogs = Path.Combine(Path.GetTempPath(), "kyodo-content-" + Guid.NewGuid().ToString("N"));

    public ContentLoaderErrorTests()
    {
        Directory.CreateDirectory(_dialogs);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.FindRoot(AppContext.BaseDirectory), "dialogs"), "*.yaml"))
            File.Copy(file, Path.Combine(_dialogs, Path.GetFileName(file)));
    }

    public static TheoryData<string, string, string> BrokenFiles => new()
    {
        { "menu.yaml", "menu:\n  - id: diagnose\n    label: 診断\n  - id: diagnose\n    label: もう一度\n", "menu.yaml:4: duplicate menu id 'diagnose'" },
        { "menu.yaml", "menu:\n  - id: dance\n    label: 踊る\n", "menu.yaml:2: unknown menu id 'dance'; use one of diagnose, recommend, checklist, document, desk, question" },
        { "menu.yaml", "menu:\n  - id: diagnose\n    label: とてもとても長いボタンのラベルで二十文字を超えています\n", "menu.yaml:3: 'label' is 27 characters; buttons allow at most 20" },
        { "menu.yaml", "menu:\n  - id: diagnose\n", "menu.yaml:2: missing field 'label'" },
        { "menu.yaml", "menu:\n  - id: Diagnose!\n    label: 診断\n", "menu.yaml:2: id 'Diagnose!' may contain only a-z, 0-9, '_' and '.'" },
        { "interruptions.yaml", "interruptions:\n  help: [ヘルプ]\n  help: [使い方]\n", "interruptions.yaml:3: bad YAML: Duplicate key" },
        { "interruptions.yaml", "interruptions:\n  help: [ヘルプ\n  cancel: [やめる]\n", "interruptions.yaml:" },
        { "interruptions.yaml", "interruptions:\n  help: [ヘルプ]\n  cancel: [やめる]\n  restart: [最初から]\n", "interruptions.yaml:2: missing interruption 'human'" },
        { "words.yaml", "words:\n  \"yes\": [はい]\n  \"no\": [いいえ]\n  unsure: [わからない]\n  numbers:\n    one: [一]\n", "words.yaml:6: number 'one' must be a whole number above 0" },
        { "diagnosis.yaml", Diagnosis("when: { public_interest: [\"maybe\"] }"), "diagnosis.yaml:13: question 'public_interest' has no answer 'maybe'" },
        { "diagnosis.yaml", Diagnosis("when: { unknown_question: [\"yes\"] }"), "diagnosis.yaml:13: unknown question 'unknown_question' in rule" },
        { "diagnosis.yaml", Diagnosis("when: { public_interest: [\"no\"] }", verdict: "terrible"), "diagnosis.yaml:12: unknown verdict 'terrible'; use suitable, conditional or not_suitable" },
        { "diagnosis.yaml", Diagnosis("when: { public_interest: [\"no\"] }", source: "the guideline"), "diagnosis.yaml:15: source 'the guideline' must name a seed file (NNN_<16 hex digits>.txt) and a heading in it" },
        { "methods.yaml", Methods("{ fact: payer, answers: [us], points: 3, reason: 理由 }"), "methods.yaml:12: unknown fact 'payer'" },
        { "methods.yaml", Methods("{ fact: money, answers: [gold], points: 3, reason: 理由 }"), "methods.yaml:12: fact 'money' has no answer 'gold'" },
        { "methods.yaml", Methods("{ fact: money, answers: [grant], points: lots, reason: 理由 }"), "methods.yaml:12: 'points' must be a whole number" },
        { "checklists.yaml", "checklist:\n  steps:\n    - id: first\n      number: 2\n      title: 最初\n      summary: 要約\n      items: []\n      source: 000_7750087777eb65de.txt 3 協働の流れ\n", "checklists.yaml:3: step number 2 is out of order; expected 1" },
        { "checklists.yaml", Checklist("method_items:\n    - method: bribery\n      step: only\n      items: []\n      source: 000_7750087777eb65de.txt 3 協働の流れ\n"), "checklists.yaml:10: unknown method 'bribery'" },
        { "faq.yaml", "faq:\n  - id: a\n    question: 質問\n    answer: 答え\n", "faq.yaml:2: missing field 'source'" },
        { "desks.yaml", "desks:\n  areas:\n    - prefecture: 山口県\n      municipalities: [下関市]\n  items:\n    - id: x\n      name: 窓口\n      prefecture: 山口県\n      municipalities: [東京都]\n      source: 001_2209075ed62771e5.txt 支援窓口\n", "desks.yaml:6: municipality '東京都' is not in the areas list of 山口県" },
        { "desks.yaml", "desks:\n  chat_hours:\n    weekdays: [\"9:00-17:00\", \"12:00-13:00\"]\n  areas:\n    - prefecture: 山口県\n      municipalities: [下関市]\n  items:\n    - id: x\n      name: 窓口\n      prefecture: 山口県\n      source: 001_2209075ed62771e5.txt 支援窓口\n", "desks.yaml:3: chat_hours weekdays: the ranges overlap" },
        { "desks.yaml", "desks:\n  chat_hours:\n    weekdays: [\"nine to five\"]\n  areas:\n    - prefecture: 山口県\n      municipalities: [下関市]\n  items:\n    - id: x\n      name: 窓口\n      prefecture: 山口県\n      source: 001_2209075ed62771e5.txt 支援窓口\n", "desks.yaml:3: chat_hours: 'nine to five' is not a range like 09:00-12:00" },
        { "desks.yaml", "desks:\n  chat_hours:\n    holidays: [\"9:00-12:00\"]\n  areas:\n    - prefecture: 山口県\n      municipalities: [下関市]\n  items:\n    - id: x\n      name: 窓口\n      prefecture: 山口県\n      source: 001_2209075ed62771e5.txt 支援窓口\n", "desks.yaml:3: unknown chat_hours key 'holidays'" },
        { "desks.yaml", "desks:\n  chat_hours:\n    closed_dates: [\"12/28\"]\n  areas:\n    - prefecture: 山口県\n      municipalities: [下関市]\n  items:\n    - id: x\n      name: 窓口\n      prefecture: 山口県\n      source: 001_2209075ed62771e5.txt 支援窓口\n", "desks.yaml:3: closed_dates: '12/28' is not a date like 2026-12-28" },
        { "messages.yaml", "messages:\n  welcome: こんにちは\n", "messages.yaml:2: missing message 'menu_prompt'" },
        { "intents.yaml", "intents:\n  - id: dance\n    keywords: [踊る]\n", "intents.yaml:2: unknown intent id 'dance'; use one of diagnose, recommend, checklist, desk, question, small_talk, out_of_scope" },
        { "intents.yaml", "intents:\n  - id: out_of_scope\n    keywords: [税金]\n", "intents.yaml:2: missing field 'message'" },
        { "intents.yaml", "intents:\n  - id: small_talk\n    message: nope\n    keywords: [やあ]\n", "intents.yaml:3: message 'nope' is not in messages.yaml" },
        { "intents.yaml", "intents:\n  - id: desk\n", "intents.yaml:2: intent 'desk' needs 'keywords' or 'examples'" },
        { "intents.yaml", "intents:\n  - id: desk\n    keywords: [窓口]\n  - id: desk\n    keywords: [相談先]\n", "intents.yaml:4: duplicate intent id 'desk'" },
        { "intents.yaml", "intents:\n  - id: desk\n    keywords: [窓口]\n    keyword_weight: lots\n", "intents.yaml:4: 'keyword_weight' must be a number" },
        { "words.yaml", "words:\n  \"yes\": [はい]\n  \"no\": [いいえ]\n  unsure: [わからない]\n  numbers: {}\n  numerals:\n    digits: { 十一: 11 }\n    units: {}\n    big_units: {}\n", "words.yaml:7: '十一' in 'digits' must be one character" },
        { "words.yaml", "words:\n  \"yes\": [はい]\n  \"no\": [いいえ]\n  unsure: [わからない]\n  numbers: {}\n  dates:\n    fiscal_year_start_month: 13\n    year_mark: 年\n    fiscal_year_mark: 年度\n    month_mark: 月\n    day_mark: 日\n    eras: {}\n    relative_fiscal_years: {}\n    relative_years: {}\n    relative_months: {}\n", "words.yaml:7: 'fiscal_year_start_month' must be 1 to 12" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void A_broken_file_is_reported_with_its_line(string file, string yaml, string expected)
    {
        File.WriteAllText(Path.Combine(_dialogs, file), yaml);

        var load = () => ContentLoader.Load(_dialogs);

        load.Should().Throw<ContentException>().Which.Errors.Select(e => e.ToString()).Should().Contain(e => e.StartsWith(expected));
    }

    [Fact]
    public void A_cited_document_without_a_title_is_reported_where_it_is_first_cited()
    {
        File.WriteAllText(Path.Combine(_dialogs, "sources.yaml"), "sources:\n  000_7750087777eb65de.txt: 群馬県の指針\n");
        var firstCitation = File.ReadAllLines(Path.Combine(_dialogs, "faq.yaml")).ToList().FindIndex(l => l.Contains("source: 002_")) + 1;

        var load = () => ContentLoader.Load(_dialogs);

        load.Should().Throw<ContentException>().Which.Errors.Should().Contain(
            new ContentError("faq.yaml", firstCitation, "source file '002_6858e99831cd11ef.txt' has no title in sources.yaml"));
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        File.Delete(Path.Combine(_dialogs, "faq.yaml"));

        var load = () => ContentLoader.Load(_dialogs);

        load.Should().Throw<ContentException>().Which.Message.Should().Contain("faq.yaml:0: file is missing");
    }

    [Fact]
    public void Check_content_prints_the_errors_and_fails_without_a_stack_trace()
    {
        File.WriteAllText(Path.Combine(_dialogs, "faq.yaml"), "faq:\n  - id: a\n    question: 質問\n    answer: 答え\n");
        var output = new StringWriter();

        var exitCode = ContentCheckCommand.Run(_dialogs, output);

        exitCode.Should().Be(1);
        output.ToString().Should().Contain("faq.yaml:2: missing field 'source'").And.NotContain("   at ");
    }

    [Fact]
    public void Check_content_says_ok_for_good_content()
    {
        var output = new StringWriter();
        ContentCheckCommand.Run(_dialogs, output).Should().Be(0);
        output.ToString().Should().StartWith("ok:");
    }

    private static string Diagnosis(string when, string verdict = "not_suitable", string source = "000_7750087777eb65de.txt 1 協働の前提と原則") => $"""
        diagnosis:
          describe_prompt: どんな取組ですか？
          questions:
            - id: public_interest
              text: 公共性はありますか？
              answers:
                - {"{"} id: "yes", label: はい {"}"}
                - {"{"} id: "no", label: いいえ {"}"}
              source: 000_7750087777eb65de.txt 1 協働の前提と原則
          rules:
            - id: private
              verdict: {verdict}
              {when}
              reason: 公共性がありません。
              source: {source}
          verdicts:
            suitable: {"{"} label: 向いている, summary: はい {"}"}
            conditional: {"{"} label: 条件付き, summary: たぶん {"}"}
            not_suitable: {"{"} label: 向いていない, summary: いいえ {"}"}
        """;

    private static string Methods(string fitRule) => $"""
        methods:
          facts:
            - id: money
              kind: choice
              question: お金は？
              answers:
                - {"{"} id: grant, label: 資金 {"}"}
          items:
            - id: subsidy
              name: 補助
              fit:
                - {fitRule}
              summary: 概要
              benefits: [利点]
              cautions: [注意]
              source: 001_2209075ed62771e5.txt 協働の種類
        """;

    private static string Checklist(string methodItems) => $"""
        checklist:
          steps:
            - id: only
              number: 1
              title: ひとつ
              summary: 要約
              items: []
              source: 000_7750087777eb65de.txt 3 協働の流れ
          {methodItems}
        """;

    public void Dispose() => Directory.Delete(_dialogs, recursive: true);
}
