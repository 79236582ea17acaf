using Kyodo.Bot.Handoff;
using Kyodo.Bot.Stats;
using static Kyodo.Bot.Tests.Stats.StatsTestData;

namespace Kyodo.Bot.Tests.Stats;

public sealed class StatsCalculatorTests
{
    private static readonly StatsRange November = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

    [Fact]
    public void No_data_gives_zeros_empty_weeks_and_no_averages()
    {
        var report = StatsCalculator.Compute(November, [], [], includeEvents: true);

        report.Consultations.Should().Be(0);
        report.ConsultationsPerWeek.Should().HaveCount(6, "Oct 26, Nov 2, 9, 16, 23 and 30 are the Mondays of weeks the range touches");
        report.Verdicts.Should().OnlyContain(v => v.Count == 0).And.HaveCount(3);
        report.Methods.Should().BeEmpty();
        report.Escalations.Should().Be(0);
        report.MedianWait.Should().BeNull();
        report.Wait90thPercentile.Should().BeNull();
        report.AverageRating.Should().BeNull();
        report.Ratings.Select(r => r.Count).Should().Equal(0, 0, 0, 0, 0);
        report.Unanswered.Should().BeEmpty();
        StatsCalculator.FiscalYears([], [], includeEvents: true).Should().BeEmpty();
    }

    [Fact]
    public void Consultations_are_counted_per_week_and_channel_inside_the_range_only()
    {
        ConsultationEvent[] events =
        [
            Event(Japan(2026, 11, 2), ConsultationEventKinds.Consultation, channel: "line"),
            Event(Japan(2026, 11, 8, 23, 59), ConsultationEventKinds.Consultation, channel: "line"),
            Event(Japan(2026, 11, 3), ConsultationEventKinds.Consultation, channel: "webchat"),
            Event(Japan(2026, 11, 9, 0, 0), ConsultationEventKinds.Consultation, channel: "msteams"),
            Event(Japan(2026, 10, 31), ConsultationEventKinds.Consultation, channel: "line"),
            Event(Japan(2026, 11, 3), ConsultationEventKinds.Verdict, "Suitable", channel: "line"),
        ];

        var weeks = StatsCalculator.ConsultationsPerWeek(November, events);

        weeks.Single(w => w.WeekStart == new DateOnly(2026, 11, 2)).ByChannel.Should().BeEquivalentTo(new Dictionary<string, int> { ["line"] = 2, ["webchat"] = 1 });
        weeks.Single(w => w.WeekStart == new DateOnly(2026, 11, 9)).ByChannel.Should().BeEquivalentTo(new Dictionary<string, int> { ["msteams"] = 1 });
        weeks.Single(w => w.WeekStart == new DateOnly(2026, 10, 26)).Total.Should().Be(0, "Oct 31 is outside the range");
        weeks.Sum(w => w.Total).Should().Be(4);
    }

    [Fact]
    public void Ticket_figures_count_reasons_waiting_outcomes_and_ratings_of_tickets_opened_in_the_range()
    {
        Ticket[] tickets =
        [
            Ticket("ube", Japan(2026, 11, 2), EscalationReason.Asked, waitedMinutes: 2, TicketOutcome.Resolved, rating: 5),
            Ticket("ube", Japan(2026, 11, 3), EscalationReason.Asked, waitedMinutes: 4, TicketOutcome.Resolved, rating: 4),
            Ticket("ube", Japan(2026, 11, 4), EscalationReason.Legal, waitedMinutes: 10, TicketOutcome.Referred, rating: 2),
            Ticket("ube", Japan(2026, 11, 5), EscalationReason.Misunderstood, waitedMinutes: 60, TicketOutcome.Continuing),
            Ticket("ube", Japan(2026, 11, 6), EscalationReason.Distress),
            Ticket("ube", Japan(2026, 10, 6), EscalationReason.Distress, waitedMinutes: 999, TicketOutcome.Resolved, rating: 1),
        ];

        var report = StatsCalculator.Compute(November, tickets, [], includeEvents: true);

        report.Escalations.Should().Be(5);
        report.Reasons.Should().ContainEquivalentOf(new CountItem("Asked", 2)).And.ContainEquivalentOf(new CountItem("Distress", 1))
            .And.ContainEquivalentOf(new CountItem("JudgementCall", 0));
        report.Taken.Should().Be(4);
        report.MedianWait.Should().Be(TimeSpan.FromMinutes(7));
        report.Wait90thPercentile.Should().Be(TimeSpan.FromMinutes(60));
        report.Outcomes.Should().ContainEquivalentOf(new CountItem("Resolved", 2)).And.ContainEquivalentOf(new CountItem("Withdrawn", 0));
        report.AverageRating.Should().BeApproximately(11 / 3.0, 1e-9);
        report.Ratings.Select(r => r.Count).Should().Equal(0, 1, 0, 1, 1);
    }

    [Fact]
    public void Verdicts_keep_their_order_methods_and_unanswered_questions_come_most_frequent_first()
    {
        ConsultationEvent[] events =
        [
            Event(Japan(2026, 11, 2), ConsultationEventKinds.Verdict, "NotSuitable"),
            Event(Japan(2026, 11, 2), ConsultationEventKinds.Verdict, "Suitable"),
            Event(Japan(2026, 11, 2), ConsultationEventKinds.Verdict, "Suitable"),
            Event(Japan(2026, 11, 2), ConsultationEventKinds.Method, "subsidy"),
            Event(Japan(2026, 11, 3), ConsultationEventKinds.Method, "consignment"),
            Event(Japan(2026, 11, 4), ConsultationEventKinds.Method, "consignment"),
            Event(Japan(2026, 11, 2), ConsultationEventKinds.Unanswered, "駐車場はありますか"),
            Event(Japan(2026, 11, 5), ConsultationEventKinds.Unanswered, "ＮＰＯの会費は？"),
            Event(Japan(2026, 11, 6), ConsultationEventKinds.Unanswered, "npoの会費は"),
            Event(Japan(2026, 12, 6), ConsultationEventKinds.Unanswered, "駐車場はありますか"),
        ];

        var report = StatsCalculator.Compute(November, [], events, includeEvents: true);

        report.Verdicts.Should().Equal(new CountItem("Suitable", 2), new CountItem("Conditional", 0), new CountItem("NotSuitable", 1));
        report.Methods.Should().Equal(new CountItem("consignment", 2), new CountItem("subsidy", 1));
        report.Unanswered.Select(q => (q.Text, q.Count)).Should().Equal(("npoの会費は", 2), ("駐車場はありますか", 1));
        report.Unanswered[0].LastAsked.Should().Be(Japan(2026, 11, 6));
    }

    [Fact]
    public void A_desks_own_view_leaves_out_the_events_which_have_no_desk()
    {
        var report = StatsCalculator.Compute(November, [Ticket("ube", Japan(2026, 11, 2))],
            [Event(Japan(2026, 11, 2), ConsultationEventKinds.Consultation), Event(Japan(2026, 11, 2), ConsultationEventKinds.Unanswered, "質問")], includeEvents: false);

        report.Escalations.Should().Be(1);
        report.Consultations.Should().Be(0);
        report.Verdicts.Should().BeEmpty();
        report.Unanswered.Should().BeEmpty();
    }

    [Fact]
    public void The_fiscal_year_summary_splits_at_April_1st_in_Japan_time()
    {
        Ticket[] tickets =
        [
            Ticket("ube", Japan(2027, 3, 31, 23, 0), waitedMinutes: 5, outcome: TicketOutcome.Resolved, closedAt: Japan(2027, 3, 31, 23, 30), rating: 5),
            Ticket("ube", Japan(2027, 3, 31, 23, 50), waitedMinutes: 5, outcome: TicketOutcome.Resolved, closedAt: Japan(2027, 4, 1, 0, 10), rating: 3),
            Ticket("ube", Japan(2027, 4, 1, 9, 0), waitedMinutes: 5, outcome: TicketOutcome.Resolved, closedAt: Japan(2027, 4, 1, 10, 0), rating: 4),
            Ticket("ube", Japan(2027, 4, 2, 9, 0)),
        ];
        ConsultationEvent[] events =
        [
            Event(Japan(2027, 3, 31, 23, 59), ConsultationEventKinds.Consultation),
            Event(Japan(2027, 4, 1, 0, 0), ConsultationEventKinds.Consultation),
            Event(Japan(2027, 4, 1, 0, 1), ConsultationEventKinds.Consultation),
            Event(Japan(2027, 4, 1, 0, 1), ConsultationEventKinds.Verdict, "Suitable"),
        ];

        var years = StatsCalculator.FiscalYears(tickets, events, includeEvents: true);

        years.Should().Equal(
            new FiscalYearSummary(2026, 1, 2, 1, 1.0, 5.0),
            new FiscalYearSummary(2027, 2, 2, 2, 0.5, 3.5));
        StatsCalculator.FiscalYears(tickets, events, includeEvents: false).Select(y => y.Consultations).Should().HaveCount(2).And.OnlyContain(c => c == null);
    }
}
