using System.Globalization;

namespace Kyodo.Bot.Stats;

/// <summary>The dates the dashboard counts, both inclusive, in Japan time.</summary>
public sealed record StatsRange(DateOnly From, DateOnly To)
{
    public const int DefaultWeeks = 12;

    public DateTimeOffset Start => JapanDates.StartOf(From);

    /// <summary>The first instant after the range (exclusive end).</summary>
    public DateTimeOffset End => JapanDates.StartOf(To.AddDays(1));

    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    /// <summary>The last <see cref="DefaultWeeks"/> weeks: from the Monday eleven weeks before this week's, to today.</summary>
    public static StatsRange LastWeeks(DateTimeOffset now)
    {
        var today = JapanDates.DateOf(now);
        return new StatsRange(JapanDates.WeekStart(today).AddDays(-7 * (DefaultWeeks - 1)), today);
    }

    /// <summary>From the query's <c>from</c> / <c>to</c> (yyyy-MM-dd); a missing or unreadable bound takes the default's, a reversed range is turned round.</summary>
    public static StatsRange Parse(string? from, string? to, DateTimeOffset now)
    {
        var fallback = LastWeeks(now);
        var start = ParseDate(from) ?? fallback.From;
        var end = ParseDate(to) ?? fallback.To;
        return start <= end ? new StatsRange(start, end) : new StatsRange(end, start);
    }

    public string FromText => From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string ToText => To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
