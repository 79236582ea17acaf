using Kyodo.Bot.Stats;
using static Kyodo.Bot.Tests.Stats.StatsTestData;

namespace Kyodo.Bot.Tests.Stats;

public sealed class JapanDatesTests
{
    [Fact]
    public void March_31st_belongs_to_the_previous_fiscal_year_and_April_1st_starts_the_next()
    {
        JapanDates.FiscalYear(new DateOnly(2027, 3, 31)).Should().Be(2026);
        JapanDates.FiscalYear(new DateOnly(2027, 4, 1)).Should().Be(2027);
    }

    [Fact]
    public void The_fiscal_year_of_an_instant_is_decided_in_Japan_time()
    {
        // 2027-03-31 15:30 UTC is already April 1st 00:30 in Japan.
        JapanDates.FiscalYear(new DateTimeOffset(2027, 3, 31, 15, 30, 0, TimeSpan.Zero)).Should().Be(2027);
        JapanDates.FiscalYear(new DateTimeOffset(2027, 3, 31, 14, 59, 0, TimeSpan.Zero)).Should().Be(2026);
    }

    [Fact]
    public void A_week_starts_on_Monday()
    {
        JapanDates.WeekStart(new DateOnly(2026, 11, 29)).Should().Be(new DateOnly(2026, 11, 23), "the 29th is a Sunday");
        JapanDates.WeekStart(new DateOnly(2026, 11, 30)).Should().Be(new DateOnly(2026, 11, 30), "the 30th is a Monday");
    }

    [Fact]
    public void The_default_range_is_twelve_weeks_from_a_Monday_to_today()
    {
        var range = StatsRange.LastWeeks(Japan(2026, 11, 29));

        range.From.Should().Be(new DateOnly(2026, 9, 7));
        range.From.DayOfWeek.Should().Be(DayOfWeek.Monday);
        range.To.Should().Be(new DateOnly(2026, 11, 29));
    }

    [Fact]
    public void A_range_includes_the_whole_last_day_in_Japan_time_and_nothing_after()
    {
        var range = StatsRange.Parse("2026-04-01", "2026-04-30", Japan(2026, 11, 29));

        range.Contains(Japan(2026, 4, 1, 0, 0)).Should().BeTrue();
        range.Contains(Japan(2026, 4, 30, 23, 59)).Should().BeTrue();
        range.Contains(Japan(2026, 5, 1, 0, 0)).Should().BeFalse();
        range.Contains(Japan(2026, 3, 31, 23, 59)).Should().BeFalse();
    }

    [Fact]
    public void Unreadable_dates_fall_back_to_the_default_and_a_reversed_range_is_turned_round()
    {
        var now = Japan(2026, 11, 29);
        StatsRange.Parse("yesterday", "<script>", now).Should().Be(StatsRange.LastWeeks(now));
        StatsRange.Parse("2026-05-01", "2026-04-01", now).Should().Be(new StatsRange(new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 1)));
    }
}
