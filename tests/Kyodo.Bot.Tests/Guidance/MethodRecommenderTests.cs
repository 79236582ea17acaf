using Kyodo.Bot.Guidance;

namespace Kyodo.Bot.Tests.Guidance;

public class MethodRecommenderTests
{
    private static Dictionary<string, string> Facts(params (string Fact, string Value)[] facts) =>
        facts.ToDictionary(f => f.Fact, f => f.Value);

    private static IReadOnlyList<MethodRecommendation> Recommend(params (string Fact, string Value)[] facts) =>
        MethodRecommender.Recommend(SampleContent.Methods, Facts(facts));

    [Fact]
    public void Missing_facts_are_the_referenced_ones_in_file_order()
    {
        // region is asked by no method, so it is never missing.
        MethodRecommender.MissingFacts(SampleContent.Methods, Facts()).Select(f => f.Id)
            .Should().Equal("partner", "responsibility", "money", "parties");
    }

    [Fact]
    public void Missing_facts_skip_known_ones()
    {
        MethodRecommender.MissingFacts(SampleContent.Methods, Facts(("partner", "company"), ("parties", "3"), ("region", "city")))
            .Select(f => f.Id).Should().Equal("responsibility", "money");
    }

    [Fact]
    public void Nothing_is_missing_when_all_is_known() =>
        MethodRecommender.MissingFacts(SampleContent.Methods,
            Facts(("partner", "npo"), ("responsibility", "us"), ("money", "none"), ("parties", "2"))).Should().BeEmpty();

    [Fact]
    public void Ranks_by_score_with_reasons_of_the_matching_rules()
    {
        var result = Recommend(("partner", "government"), ("responsibility", "us"), ("money", "partner_pays"), ("parties", "3"));

        result.Select(r => (r.Method.Id, r.Score)).Should().Equal(("subsidy", 5), ("committee", 3), ("commission", 2));
        result[0].Reasons.Should().Equal("事業の実施責任をあなたの側が持つため", "相手が資金を交付するため");
    }

    [Fact]
    public void Ties_keep_file_order()
    {
        var result = Recommend(("partner", "npo"), ("responsibility", "shared"), ("money", "none"), ("parties", "2"));

        result.Select(r => (r.Method.Id, r.Score)).Should().Equal(("cohost", 4), ("committee", 2), ("endorsement", 2));
    }

    [Fact]
    public void Requires_filters_methods_and_an_unknown_fact_fails_a_requirement()
    {
        Recommend(("partner", "npo"), ("responsibility", "partner"), ("money", "partner_pays")).Should().BeEmpty();
        Recommend(("responsibility", "partner"), ("money", "partner_pays")).Should().BeEmpty();
        Recommend(("partner", "company"), ("responsibility", "partner"), ("money", "partner_pays"))
            .Select(r => r.Method.Id).Should().Equal("commission", "subsidy");
    }

    [Theory]
    [InlineData("1", "cohost", 1)]
    [InlineData("2", "cohost", 1)]
    [InlineData("3", "committee", 3)]
    [InlineData("4", "committee", 3)]
    [InlineData("12", "committee", 3)]
    public void Number_rules_use_min_and_max_inclusive(string parties, string expectedTop, int expectedScore)
    {
        var result = Recommend(("partner", "npo"), ("parties", parties));

        result.Should().HaveCount(1);
        result[0].Method.Id.Should().Be(expectedTop);
        result[0].Score.Should().Be(expectedScore);
    }

    [Fact]
    public void Negative_points_lower_the_score_and_give_no_reason()
    {
        var result = Recommend(("partner", "npo"), ("responsibility", "shared"), ("parties", "6"));

        result.Select(r => (r.Method.Id, r.Score)).Should().Equal(("committee", 5), ("cohost", 1));
        result[1].Reasons.Should().Equal("責任を一緒に持つため");
    }

    [Fact]
    public void Methods_with_score_zero_or_less_are_left_out()
    {
        Recommend(("partner", "npo"), ("parties", "7")).Select(r => r.Method.Id).Should().Equal("committee");
        Recommend(("partner", "npo"), ("parties", "abc")).Should().BeEmpty();
    }

    [Fact]
    public void Top_limits_the_count()
    {
        var facts = Facts(("partner", "government"), ("responsibility", "us"), ("money", "partner_pays"));

        MethodRecommender.Recommend(SampleContent.Methods, facts, top: 1).Select(r => r.Method.Id).Should().Equal("subsidy");
        MethodRecommender.Recommend(SampleContent.Methods, facts, top: 0).Should().BeEmpty();
    }
}
