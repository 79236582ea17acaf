namespace Kyodo.Bot.Handoff;

/// <summary>
/// Japanese national holidays, computed from the Act on National Holidays as it stands since 2020 (not a typed list):
/// fixed days, "Happy Monday" days, the equinoxes by the astronomical approximation (valid 1980–2099),
/// substitute holidays (振替休日: a holiday on Sunday moves to the next non-holiday) and citizens' holidays
/// (国民の休日: a weekday between two holidays). The one-off shifts of the 2020/2021 Olympic years are not modelled.
/// </summary>
public static class JapaneseCalendar
{
    public static bool IsNationalHoliday(DateOnly date) => HolidaysOf(date.Year).Contains(date);

    /// <summary>The new-year closing days of Japanese public offices: 29 December to 3 January.</summary>
    public static bool IsYearEndClosing(DateOnly date) =>
        (date.Month == 12 && date.Day >= 29) || (date.Month == 1 && date.Day <= 3);

    public static IReadOnlySet<DateOnly> HolidaysOf(int year)
    {
        var holidays = new SortedSet<DateOnly>
        {
            new(year, 1, 1),
            NthMonday(year, 1, 2),          // Coming of Age Day
            new(year, 2, 11),
            new(year, 2, 23),               // Emperor's Birthday (since 2020)
            new(year, 3, VernalEquinoxDay(year)),
            new(year, 4, 29),
            new(year, 5, 3), new(year, 5, 4), new(year, 5, 5),
            NthMonday(year, 7, 3),          // Marine Day
            new(year, 8, 11),               // Mountain Day
            NthMonday(year, 9, 3),          // Respect for the Aged Day
            new(year, 9, AutumnalEquinoxDay(year)),
            NthMonday(year, 10, 2),         // Sports Day
            new(year, 11, 3),
            new(year, 11, 23),
        };
        foreach (var holiday in holidays.ToArray())
        {
            if (holiday.DayOfWeek != DayOfWeek.Sunday) continue;
            var substitute = holiday.AddDays(1);
            while (holidays.Contains(substitute)) substitute = substitute.AddDays(1);
            holidays.Add(substitute);
        }
        foreach (var holiday in holidays.ToArray())
        {
            var between = holiday.AddDays(1);
            if (!holidays.Contains(between) && holidays.Contains(holiday.AddDays(2)) && between.DayOfWeek != DayOfWeek.Sunday)
                holidays.Add(between);
        }
        return holidays;
    }

    public static int VernalEquinoxDay(int year) => EquinoxDay(year, 20.8431);

    public static int AutumnalEquinoxDay(int year) => EquinoxDay(year, 23.2488);

    private static int EquinoxDay(int year, double baseDay) =>
        (int)Math.Floor(baseDay + 0.242194 * (year - 1980) - Math.Floor((year - 1980) / 4.0));

    private static DateOnly NthMonday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 7 * (n - 1));
    }
}
