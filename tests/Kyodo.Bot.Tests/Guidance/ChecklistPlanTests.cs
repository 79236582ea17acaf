using Kyodo.Bot.Content;
using Kyodo.Bot.Guidance;

namespace Kyodo.Bot.Tests.Guidance;

public class ChecklistPlanTests
{
    private readonly ChecklistPlan plan = ChecklistPlanner.For(SampleContent.Checklist, "commission");

    private static HashSet<string> Ticked(params string[] ids) => [.. ids];

    [Fact]
    public void Done_count_counts_only_ticked_items_of_this_plan()
    {
        plan.DoneCount(Ticked()).Should().Be(0);
        plan.DoneCount(Ticked("find_partner.purpose", "plan.budget")).Should().Be(2);
        plan.DoneCount(Ticked("find_partner.purpose", "agreement.cohost_name", "nonsense")).Should().Be(1);
    }

    [Fact]
    public void First_open_step_is_the_first_step_with_an_unticked_item()
    {
        plan.FirstOpenStepIndex(Ticked()).Should().Be(0);
        plan.FirstOpenStepIndex(Ticked("find_partner.purpose")).Should().Be(0);
        plan.FirstOpenStepIndex(Ticked("find_partner.purpose", "find_partner.know_self")).Should().Be(1);
        plan.FirstOpenStepIndex(Ticked("find_partner.purpose", "find_partner.know_self", "plan.5w2h")).Should().Be(1);
        plan.FirstOpenStepIndex(Ticked("find_partner.purpose", "find_partner.know_self", "plan.5w2h", "plan.budget")).Should().Be(2);
    }

    [Fact]
    public void First_open_step_is_the_last_step_when_everything_is_ticked()
    {
        var all = plan.Steps.SelectMany(s => s.Items).Select(i => i.Id).ToHashSet();

        plan.DoneCount(all).Should().Be(plan.TotalItems);
        plan.FirstOpenStepIndex(all).Should().Be(2);
    }

    [Fact]
    public void A_plan_without_steps_is_empty()
    {
        var empty = new ChecklistPlan(null, []);

        empty.TotalItems.Should().Be(0);
        empty.DoneCount(Ticked("x")).Should().Be(0);
        empty.FirstOpenStepIndex(Ticked()).Should().Be(-1);
    }

    [Fact]
    public void Total_items_follows_a_with_copy() =>
        (plan with { Steps = plan.Steps.Take(1).ToList() }).TotalItems.Should().Be(2);

    [Fact]
    public void Find_item_looks_in_all_steps_including_method_items()
    {
        plan.FindItem("agreement.no_subcontracting")!.Text.Should().Be("対等な関係で、下請けのように扱わない");
        plan.FindItem("plan.5w2h").Should().BeEquivalentTo(new ChecklistItem("plan.5w2h", "企画書に5W2Hを書いた", null));
        plan.FindItem("agreement.cohost_name").Should().BeNull();
    }
}
