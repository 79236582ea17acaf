using Kyodo.Bot.Content;
using Kyodo.Bot.Hosting;

namespace Kyodo.Bot.Tests.Content;

/// <summary>The content that ships in dialogs/: it loads, and every source it cites is in ../shared/seeds.</summary>
public sealed class RealContentTests
{
    private static readonly string Root = RepositoryPaths.FindRoot(AppContext.BaseDirectory);
    private static readonly string SeedsDirectory = Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    [Fact]
    public void The_shipped_content_loads_without_errors()
    {
        var content = ContentLoader.Load(Path.Combine(Root, "dialogs"));

        content.Menu.Select(m => m.Id).Should().Equal("diagnose", "recommend", "checklist", "document", "desk", "question", "partner");
        content.Methods.Methods.Select(m => m.Id).Should().Contain(["commission", "co_hosting", "subsidy", "sponsorship", "executive_committee", "cooperation_agreement", "donation", "staff_volunteering", "cause_marketing"]);
        content.Checklist.Steps.Should().HaveCount(7);
        content.Diagnosis.Verdicts.Keys.Should().BeEquivalentTo([Verdict.Suitable, Verdict.Conditional, Verdict.NotSuitable]);
    }

    [Fact]
    public void The_agreement_step_lists_every_item_an_agreement_must_record()
    {
        var content = ContentLoader.Load(Path.Combine(Root, "dialogs"));
        var agreement = string.Join("\n", content.Checklist.Steps.Single(s => s.Id == "agreement").Items.Select(i => i.Text));

        foreach (var item in new[] { "目的", "役割分担", "費用負担", "スケジュール", "事業の内容", "責任の範囲", "成果物の帰属", "個人情報の取扱い" })
            agreement.Should().Contain(item);
    }

    [Fact]
    public void Every_cited_source_is_a_seed_file_and_its_heading_words_appear_in_it()
    {
        Directory.Exists(SeedsDirectory).Should().BeTrue($"the seeds are expected beside the repository at {SeedsDirectory}");
        var result = ContentLoader.LoadWithCitations(Path.Combine(Root, "dialogs"));

        var problems = ContentSourceCheck.Problems(result.Citations, SeedsDirectory);

        problems.Should().BeEmpty();
        result.Citations.Should().HaveCountGreaterThan(50);
    }

    [Fact]
    public void Desk_contact_details_are_only_those_printed_in_the_seeds()
    {
        var content = ContentLoader.Load(Path.Combine(Root, "dialogs"));
        var seeds = string.Concat(Directory.GetFiles(SeedsDirectory, "*.txt").Select(File.ReadAllText));

        foreach (var desk in content.Desks.Desks)
        {
            foreach (var detail in new[] { desk.Phone, desk.Fax, desk.Email })
            {
                if (detail is null) continue;
                foreach (var part in System.Text.RegularExpressions.Regex.Matches(detail, @"[\w.\-]+@[\w.\-]+|\d{2,5}-\d{2,4}-\d{4}").Select(m => m.Value))
                    seeds.Should().Contain(part, $"desk {desk.Id} shows {part}");
            }
        }
    }
}
