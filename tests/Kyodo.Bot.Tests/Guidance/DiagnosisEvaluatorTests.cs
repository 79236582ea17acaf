using Kyodo.Bot.Content;
using Kyodo.Bot.Guidance;

namespace Kyodo.Bot.Tests.Guidance;

public class DiagnosisEvaluatorTests
{
    private static DiagnosisResult Evaluate(params (string Question, string Answer)[] answers) =>
        DiagnosisEvaluator.Evaluate(SampleContent.Diagnosis, answers.ToDictionary(a => a.Question, a => a.Answer));

    [Theory]
    [InlineData("yes", "yes", Verdict.Suitable)]
    [InlineData("yes", "unsure", Verdict.Conditional)]
    [InlineData("unsure", "yes", Verdict.Conditional)]
    [InlineData("no", "yes", Verdict.NotSuitable)]
    [InlineData("yes", "no", Verdict.Conditional)]
    public void Verdict_is_the_most_severe_matching_rule(string publicInterest, string equalRelation, Verdict expected) =>
        Evaluate(("public_interest", publicInterest), ("equal_relation", equalRelation)).Verdict.Should().Be(expected);

    [Fact]
    public void Reasons_are_most_severe_first_then_in_file_order()
    {
        var result = Evaluate(("public_interest", "no"), ("equal_relation", "no"), ("partner", "government"));

        result.Verdict.Should().Be(Verdict.NotSuitable);
        result.Reasons.Select(r => r.RuleId).Should().Equal("private_interest", "subcontract_risk", "one_sided");
        result.Reasons.Select(r => r.Verdict).Should().Equal(Verdict.NotSuitable, Verdict.NotSuitable, Verdict.Conditional);
    }

    [Fact]
    public void Suitable_rules_give_the_positive_reasons_with_text_and_source()
    {
        var result = Evaluate(("public_interest", "yes"), ("equal_relation", "yes"));

        result.Reasons.Select(r => r.RuleId).Should().Equal("public_good", "equal_partners");
        result.Reasons[0].Text.Should().Be("地域の多くの人のためになる取組です。");
        result.Reasons[0].Source.Should().Be(SampleContent.Src("協働の前提と原則"));
    }

    [Fact]
    public void A_rule_needs_every_condition()
    {
        var result = Evaluate(("equal_relation", "no"), ("partner", "company"));

        result.Reasons.Select(r => r.RuleId).Should().Equal("one_sided");
        result.Verdict.Should().Be(Verdict.Conditional);
    }

    [Fact]
    public void No_matching_rule_is_conditional_without_reasons()
    {
        var result = Evaluate(("partner", "company"));

        result.Verdict.Should().Be(Verdict.Conditional);
        result.Reasons.Should().BeEmpty();
    }

    [Fact]
    public void No_answers_at_all_is_conditional_without_reasons() =>
        Evaluate().Should().BeEquivalentTo(new DiagnosisResult(Verdict.Conditional, []));

    [Fact]
    public void Several_unsure_answers_make_a_conditional_verdict_a_judgement_call()
    {
        Evaluate(("public_interest", "unsure"), ("equal_relation", "unsure")).NeedsJudgement.Should().BeTrue();
        Evaluate(("public_interest", "unsure"), ("equal_relation", "yes")).NeedsJudgement.Should().BeFalse("one unsure answer with a deciding rule is still clear");
    }

    [Fact]
    public void Answers_no_rule_decides_need_judgement_but_a_clear_verdict_does_not()
    {
        Evaluate(("partner", "company")).NeedsJudgement.Should().BeTrue();
        Evaluate(("public_interest", "yes"), ("equal_relation", "yes")).NeedsJudgement.Should().BeFalse();
        Evaluate(("public_interest", "no"), ("equal_relation", "unsure")).NeedsJudgement.Should().BeFalse("a not-suitable verdict is settled");
    }
}
