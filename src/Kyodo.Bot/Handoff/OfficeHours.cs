namespace Kyodo.Bot.Handoff;

/// <summary>A time range in one day, in Japan time.</summary>
public sealed record OpeningRange(TimeOnly Opens, TimeOnly Closes);

/// <summary>
/// When a desk answers, in Japan time (UTC+9, no daylight saving): ranges per weekday (split shifts allowed),
/// closed on national holidays and over the year end unless told otherwise, plus the desk's own closed days.
/// </summary>
public sealed record OfficeHours(
    IReadOnlyDictionary<DayOfWeek, IReadOnlyList<OpeningRange>> Weekly,
    IReadOnlySet<DateOnly> ClosedDates,
    bool ClosedOnHolidays = true,
    bool ClosedAtYearEnd = true)
{
    public static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);
    private const int DaysToLookAhead = 60;

    public bool IsOpen(DateTimeOffset instant)
    {
        var local = instant.ToOffset(JapanOffset);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return RangesOn(DateOnly.FromDateTime(local.DateTime)).Any(r => time >= r.Opens && time < r.Closes);
    }

    /// <summary>The next moment the desk opens (now, if it is open), or null when it opens on none of the next 60 days.</summary>
    public DateTimeOffset? NextOpening(DateTimeOffset from)
    {
        if (IsOpen(from)) return from;
        var local = from.ToOffset(JapanOffset);
        var today = DateOnly.FromDateTime(local.DateTime);
        var now = TimeOnly.FromDateTime(local.DateTime);
        for (var day = 0; day <= DaysToLookAhead; day++)
        {
            var date = today.AddDays(day);
            var next = RangesOn(date).Where(r => day > 0 || r.Opens > now).OrderBy(r => r.Opens).FirstOrDefault();
            if (next is not null) return new DateTimeOffset(date.ToDateTime(next.Opens), JapanOffset);
        }
        return null;
    }

    private IReadOnlyList<OpeningRange> RangesOn(DateOnly date)
    {
        if (ClosedDates.Contains(date)) return [];
        if (ClosedOnHolidays && JapaneseCalendar.IsNationalHoliday(date)) return [];
        if (ClosedAtYearEnd && JapaneseCalendar.IsYearEndClosing(date)) return [];
        return Weekly.TryGetValue(date.DayOfWeek, out var ranges) ? ranges : [];
    }
}
