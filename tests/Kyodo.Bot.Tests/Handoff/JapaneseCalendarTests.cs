using Kyodo.Bot.Handoff;

namespace Kyodo.Bot.Tests.Handoff;

/// <summary>Checked against the Cabinet Office's published holiday lists for those years.</summary>
public sealed class JapaneseCalendarTests
{
    [Theory]
    [InlineData(2025, new[] { "01-01", "01-13", "02-11", "02-23", "02-24", "03-20", "04-29", "05-03", "05-04", "05-05", "05-06", "07-21", "08-11", "09-15", "09-23", "10-13", "11-03", "11-23", "11-24" })]
    [InlineData(2026, new[] { "01-01", "01-12", "02-11", "02-23", "03-20", "04-29", "05-03", "05-04", "05-05", "05-06", "07-20", "08-11", "09-21", "09-22", "09-23", "10-12", "11-03", "11-23" })]
    [InlineData(2027, new[] { "01-01", "01-11", "02-11", "02-23", "03-21", "03-22", "04-29", "05-03", "05-04", "05-05", "07-19", "08-11", "09-20", "09-23", "10-11", "11-03", "11-23" })]
    public void The_holidays_of_a_year_match_the_official_list(int year, string[] expected)
    {
        JapaneseCalendar.HolidaysOf(year).Select(d => d.ToString("MM-dd")).Should().Equal(expected);
    }

    [Fact]
    public void A_Sunday_holiday_is_followed_by_a_substitute_holiday()
    {
        JapaneseCalendar.IsNationalHoliday(new DateOnly(2026, 5, 6)).Should().BeTrue("5/3 falls on a Sunday and 5/4, 5/5 are holidays already");
        JapaneseCalendar.IsNationalHoliday(new DateOnly(2025, 2, 24)).Should().BeTrue("2/23 falls on a Sunday");
    }

    [Fact]
    public void A_day_between_two_holidays_is_a_citizens_holiday()
    {
        JapaneseCalendar.IsNationalHoliday(new DateOnly(2026, 9, 22)).Should().BeTrue();
        JapaneseCalendar.IsNationalHoliday(new DateOnly(2025, 9, 22)).Should().BeFalse();
    }

    [Theory]
    [InlineData("2026-12-28", false)]
    [InlineData("2026-12-29", true)]
    [InlineData("2026-12-31", true)]
    [InlineData("2027-01-03", true)]
    [InlineData("2027-01-04", false)]
    public void The_year_end_closing_runs_from_29_December_to_3_January(string date, bool closed)
    {
        JapaneseCalendar.IsYearEndClosing(DateOnly.Parse(date)).Should().Be(closed);
    }
}
