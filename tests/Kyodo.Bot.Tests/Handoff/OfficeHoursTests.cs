using Kyodo.Bot.Handoff;

namespace Kyodo.Bot.Tests.Handoff;

public sealed class OfficeHoursTests
{
    // Weekdays 9:00–12:00 and 13:00–17:00 (a split shift), Saturday mornings, and one extra closed day.
    private static readonly OfficeHours Desk = new(
        new Dictionary<DayOfWeek, IReadOnlyList<OpeningRange>>
        {
            [DayOfWeek.Monday] = Split, [DayOfWeek.Tuesday] = Split, [DayOfWeek.Wednesday] = Split,
            [DayOfWeek.Thursday] = Split, [DayOfWeek.Friday] = Split,
            [DayOfWeek.Saturday] = [new(new TimeOnly(9, 0), new TimeOnly(12, 0))],
        },
        new HashSet<DateOnly> { new(2026, 11, 27) });

    private static IReadOnlyList<OpeningRange> Split => [new(new TimeOnly(9, 0), new TimeOnly(12, 0)), new(new TimeOnly(13, 0), new TimeOnly(17, 0))];

    private static DateTimeOffset Japan(string local) => new(DateTime.Parse(local), OfficeHours.JapanOffset);

    [Theory]
    [InlineData("2026-11-24 10:00", true)]
    [InlineData("2026-11-24 12:30", false)]    // lunch break of the split shift
    [InlineData("2026-11-24 17:00", false)]
    [InlineData("2026-11-28 11:59", true)]     // Saturday morning
    [InlineData("2026-11-29 10:00", false)]    // Sunday
    [InlineData("2026-11-23 10:00", false)]    // Labour Thanksgiving Day
    [InlineData("2026-11-27 10:00", false)]    // the desk's own closed day
    [InlineData("2026-12-31 10:00", false)]    // year-end closing
    [InlineData("2026-05-06 10:00", false)]    // substitute holiday
    [InlineData("2026-09-22 10:00", false)]    // citizens' holiday
    public void Open_or_closed_in_Japan_time(string local, bool open)
    {
        Desk.IsOpen(Japan(local)).Should().Be(open);
    }

    [Fact]
    public void Hours_are_read_in_Japan_time_whatever_the_servers_clock()
    {
        Desk.IsOpen(new DateTimeOffset(2026, 11, 24, 1, 0, 0, TimeSpan.Zero)).Should().BeTrue("01:00 UTC is 10:00 in Japan");
    }

    [Theory]
    [InlineData("2026-11-24 12:30", "2026-11-24 13:00")]   // after lunch
    [InlineData("2026-11-24 18:00", "2026-11-25 09:00")]   // next morning
    [InlineData("2026-11-28 13:00", "2026-11-30 09:00")]   // Saturday afternoon → Monday
    [InlineData("2026-12-28 18:00", "2027-01-04 09:00")]   // over the year end
    [InlineData("2026-05-02 13:00", "2026-05-07 09:00")]   // Golden Week with its substitute holiday
    [InlineData("2026-11-24 10:00", "2026-11-24 10:00")]   // open now
    public void The_next_opening_skips_breaks_weekends_holidays_and_the_year_end(string local, string expected)
    {
        Desk.NextOpening(Japan(local)).Should().Be(Japan(expected));
    }

    [Fact]
    public void A_desk_with_no_hours_never_opens()
    {
        new OfficeHours(new Dictionary<DayOfWeek, IReadOnlyList<OpeningRange>>(), new HashSet<DateOnly>())
            .NextOpening(Japan("2026-11-24 10:00")).Should().BeNull();
    }
}
