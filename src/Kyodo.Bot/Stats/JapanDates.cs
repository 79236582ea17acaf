namespace Kyodo.Bot.Stats;

/// <summary>Calendar arithmetic in Japan time: the date of an instant, the Monday of its week, and the 年度 (April–March).</summary>
public static class JapanDates
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>Midnight at the start of <paramref name="date"/> in Japan.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>The Monday of the (ISO) week <paramref name="date"/> is in.</summary>
    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The 年度 a date belongs to: 2027-03-31 is 2026年度, 2027-04-01 is 2027年度.</summary>
    public static int FiscalYear(DateOnly date) => date.Month >= 4 ? date.Year : date.Year - 1;

    public static int FiscalYear(DateTimeOffset instant) => FiscalYear(DateOf(instant));
}
