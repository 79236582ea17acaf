using Kyodo.Bot.Guidance;

namespace Kyodo.Bot.Tests.Guidance;

public class ChecklistPlannerTests
{
    [Fact]
    public void Without_a_method_the_plan_has_the_steps_and_their_own_items()
    {
        var plan = ChecklistPlanner.For(SampleContent.Checklist, null);

        plan.MethodId.Should().BeNull();
        plan.Steps.Select(s => s.Step.Id).Should().Equal("find_partner", "plan", "agreement");
        plan.Steps[2].Items.Select(i => i.Id).Should().Equal("agreement.roles", "agreement.money");
        plan.TotalItems.Should().Be(5);
    }

    [Fact]
    public void With_a_method_its_items_follow_each_step_own_items()
    {
        var plan = ChecklistPlanner.For(SampleContent.Checklist, "commission");

        plan.MethodId.Should().Be("commission");
        plan.Steps[0].Items.Select(i => i.Id).Should().Equal("find_partner.purpose", "find_partner.know_self");
        plan.Steps[1].Items.Select(i => i.Id).Should().Equal("plan.5w2h", "plan.budget");
        plan.Steps[2].Items.Select(i => i.Id).Should().Equal("agreement.roles", "agreement.money", "agreement.no_subcontracting");
        plan.TotalItems.Should().Be(7);
    }

    [Fact]
    public void Items_of_other_methods_are_left_out()
    {
        var plan = ChecklistPlanner.For(SampleContent.Checklist, "cohost");

        plan.Steps.SelectMany(s => s.Items).Select(i => i.Id).Should().Contain("agreement.cohost_name")
            .And.NotContain(["agreement.no_subcontracting", "plan.budget"]);
        plan.TotalItems.Should().Be(6);
    }

    [Fact]
    public void A_method_without_extra_items_gets_the_general_plan() =>
        ChecklistPlanner.For(SampleContent.Checklist, "endorsement").TotalItems.Should().Be(5);
}
