using System.Text.Json;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Content;
using Kyodo.Bot.Guidance;
using Kyodo.Bot.Hosting;

namespace Kyodo.Bot.Tests.Guidance;

public sealed class PartnerMatcherTests
{
    private static IReadOnlyList<PartnerMatch> Match(PartnerQuery query, int top = PartnerMatcher.DefaultTop) =>
        PartnerMatcher.Match(SamplePartners.Directory, query, top);

    private static IEnumerable<string> Ids(IEnumerable<PartnerMatch> matches) => matches.Select(m => m.Partner.Id);

    [Fact]
    public void An_organization_that_offers_what_is_needed_is_found_with_its_reasons()
    {
        var result = Match(new PartnerQuery { Needs = ["funds"], Prefecture = "群馬県" });

        Ids(result).Should().Equal("green");
        result[0].Reasons.Should().Equal(
            new PartnerReason(PartnerReasonKind.OffersWhatYouNeed, "funds", PartnerMatcher.NeedPoints),
            new PartnerReason(PartnerReasonKind.SamePrefecture, "群馬県", PartnerMatcher.PrefecturePoints),
            new PartnerReason(PartnerReasonKind.CollaboratedBefore, null, PartnerMatcher.ExperiencePoints));
        result[0].Score.Should().Be(5);
    }

    [Fact]
    public void Need_area_and_experience_add_up_and_at_most_five_are_returned()
    {
        var result = Match(new PartnerQuery { Needs = ["people"], Prefecture = "群馬県", Municipality = "高崎市" });

        // green 3+2+1, river 3+2, kids 3+1+1, twin 3+2, univ 3+1, maebashi_river 3+1 (sixth: left out)
        Ids(result).Should().Equal("green", "river", "kids", "twin", "univ");
        result.Select(m => m.Score).Should().Equal(6, 5, 5, 5, 4);
        result.Should().OnlyContain(m => m.Score == m.Reasons.Sum(r => r.Points), "every point is a reason the person sees");
    }

    [Fact]
    public void The_same_municipality_ranks_above_the_same_prefecture()
    {
        var result = Match(new PartnerQuery { Fields = ["environment"], Prefecture = "群馬県", Municipality = "前橋市" });

        Ids(result).Should().Equal("green", "maebashi_river", "river", "twin");
        result.Single(m => m.Partner.Id == "maebashi_river").Reasons.Should().Contain(new PartnerReason(PartnerReasonKind.SameMunicipality, "前橋市", 2));
        result.Single(m => m.Partner.Id == "river").Reasons.Should().Contain(new PartnerReason(PartnerReasonKind.SamePrefecture, "群馬県", 1));
    }

    [Fact]
    public void A_known_prefecture_leaves_other_prefectures_out_and_an_unknown_one_does_not()
    {
        Ids(Match(new PartnerQuery { Fields = ["environment"], Prefecture = "山口県" })).Should().Equal("umi");
        Ids(Match(new PartnerQuery { Fields = ["environment"] })).Should().Equal("green", "river", "umi", "twin", "maebashi_river");
    }

    [Fact]
    public void A_shared_field_is_a_fit()
    {
        var result = Match(new PartnerQuery { Fields = ["children"], Prefecture = "群馬県" });

        Ids(result).Should().Equal("kids", "univ");
        result[0].Reasons[0].Should().Be(new PartnerReason(PartnerReasonKind.SameField, "children", PartnerMatcher.FieldPoints));
    }

    [Fact]
    public void Offering_what_an_organization_needs_is_a_fit_for_the_reverse_direction()
    {
        // A company that can offer local ties looks for anyone who needs them.
        var result = Match(new PartnerQuery { Offers = ["local_ties"], Prefecture = "群馬県" });

        Ids(result).Should().Equal("green", "univ");
        result.Should().OnlyContain(m => m.Reasons.Contains(new PartnerReason(PartnerReasonKind.NeedsWhatYouOffer, "local_ties", PartnerMatcher.OfferPoints)));
    }

    [Fact]
    public void Only_the_wanted_kinds_are_matched()
    {
        Ids(Match(new PartnerQuery { Needs = ["people"], Kinds = ["company"] })).Should().Equal("green");
        Ids(Match(new PartnerQuery { Needs = ["people"], Kinds = ["npo_corporation", "voluntary_group"], Prefecture = "山口県" })).Should().Equal("umi");
    }

    [Fact]
    public void Ties_keep_the_order_of_the_directory()
    {
        var query = new PartnerQuery { Needs = ["people"], Kinds = ["voluntary_group"], Prefecture = "群馬県", Municipality = "高崎市" };
        var reversed = SamplePartners.Directory with { Organizations = SamplePartners.Organizations.Reverse().ToArray() };

        Ids(Match(query)).Should().Equal("river", "twin", "maebashi_river");
        Ids(Match(query)).Should().Equal(Ids(Match(query)));
        Ids(PartnerMatcher.Match(reversed, query)).Should().Equal("twin", "river", "maebashi_river");
    }

    [Theory]
    [InlineData("funds")]
    [InlineData("venue")]
    [InlineData("expertise")]
    [InlineData(null)]
    public void An_organization_without_consent_never_appears(string? need)
    {
        // "secret" offers everything and works everywhere the person does: it would win every search.
        var query = new PartnerQuery
        {
            Needs = need is null ? [] : [need],
            Fields = need is null ? [] : ["environment", "children"],
            Prefecture = "群馬県",
            Municipality = "高崎市",
        };

        Ids(Match(query, top: 100)).Should().NotContain("secret");
    }

    [Fact]
    public void Nothing_that_fits_is_an_empty_list_not_the_nearest_organizations()
    {
        Match(new PartnerQuery { Needs = ["venue"], Kinds = ["company"] }).Should().BeEmpty();
        Match(new PartnerQuery { Fields = ["welfare"], Prefecture = "山口県" }).Should().BeEmpty();
        Match(new PartnerQuery { Needs = ["funds"], Prefecture = "福岡県" }).Should().BeEmpty();
    }

    [Fact]
    public void Without_criteria_the_organizations_of_the_area_are_ranked_by_area_and_experience()
    {
        var result = Match(new PartnerQuery { Prefecture = "群馬県", Municipality = "高崎市" });

        Ids(result).Should().Equal("green", "river", "kids", "twin", "univ");
    }

    [Fact]
    public void Top_limits_the_matches()
    {
        var query = new PartnerQuery { Needs = ["people"] };

        Match(query, top: 2).Should().HaveCount(2);
        Match(query, top: 0).Should().BeEmpty();
    }

    [Fact]
    public void A_match_does_not_carry_the_staff_contact_route()
    {
        var root = RepositoryPaths.FindRoot(AppContext.BaseDirectory);
        var partners = ContentLoader.Load(Path.Combine(root, "dialogs")).Partners;
        var matches = PartnerMatcher.Match(partners, new PartnerQuery(), top: 100);

        typeof(PartnerEntry).GetProperties().Select(p => p.Name).Should().NotContain(n => n.Contains("Contact"));
        typeof(PartnerMatch).GetProperties().Select(p => p.Name).Should().NotContain(n => n.Contains("Contact"));
        matches.Should().HaveCount(partners.Organizations.Count(o => o.Consent));
        var exposed = JsonSerializer.Serialize(matches, BotJson.Options);
        foreach (var contact in partners.StaffContacts.Values) exposed.Should().NotContain(contact);
    }
}
