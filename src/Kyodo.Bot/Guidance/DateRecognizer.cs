using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

/// <summary>
/// Reads a date or period from text, relative to a reference day: 「来月」, 「4月から」, 「令和8年度」, 「2026年4月1日」,
/// 「来年度」, 「来年の4月」. The words (年, 年度, 月, 日, 令和, 来月 …) come from words.yaml <c>dates:</c>.
/// </summary>
public static class DateRecognizer
{
    /// <summary>
    /// Tries, in order: a relative fiscal year (来年度); an era year (令和8年度 / 令和8年4月); a Gregorian year (2026年度 /
    /// 2026年4月1日); a relative month (来月); a relative year, optionally with a month (来年4月); a month with an optional
    /// day (4月から, 4月10日) — the next such month from the reference (this month counts). Null when there is no date.
    /// </summary>
    public static DateRange? Recognize(string text, DateOnly reference, DateWords words, Numerals numerals)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(numerals);
        var s = TextNormalizer.Normalize(text);
        if (s.Length == 0) return null;
        var fiscalNow = reference.Month >= words.FiscalYearStartMonth ? reference.Year : reference.Year - 1;

        if (Longest(s, words.RelativeFiscalYears) is { } fy) return FiscalYear(fiscalNow + fy.Value, words);
        if (EraYear(s, words, numerals) is { } era) return YearThen(s, era.Year, era.End, words, numerals);
        if (GregorianYear(s, numerals, words) is { } year) return YearThen(s, year.Year, year.End, words, numerals);
        if (Longest(s, words.RelativeMonths) is { } rm)
        {
            var first = new DateOnly(reference.Year, reference.Month, 1).AddMonths(rm.Value);
            return Month(first.Year, first.Month);
        }
        if (Longest(s, words.RelativeYears) is { } ry)
            return MonthDayAfter(s, ry.End, words, numerals, reference.Year + ry.Value) is { } inYear ? inYear : CalendarYear(reference.Year + ry.Value);
        if (MonthDay(s, 0, words, numerals) is { } md)
        {
            var y = md.Month < reference.Month ? reference.Year + 1 : reference.Year;
            return Build(y, md.Month, md.Day);
        }
        return null;
    }

    private static DateRange? YearThen(string s, int year, int end, DateWords words, Numerals numerals)
    {
        if (Mark(s, end, words.FiscalYearMark) is { } fyEnd && fyEnd > 0) return FiscalYear(year, words);
        if (Mark(s, end, words.YearMark) is not { } yEnd) return null;
        return MonthDayAfter(s, yEnd, words, numerals, year) ?? CalendarYear(year);
    }

    private static DateRange? MonthDayAfter(string s, int from, DateWords words, Numerals numerals, int year)
    {
        // 「来年の4月」: allow one particle between the year and the month.
        for (var at = from; at <= Math.Min(from + 1, s.Length - 1); at++)
        {
            if (MonthDay(s, at, words, numerals) is { } md && md.Start == at) return Build(year, md.Month, md.Day);
        }
        return null;
    }

    private static (int Year, int End)? EraYear(string s, DateWords words, Numerals numerals)
    {
        foreach (var (era, firstYear) in words.Eras.OrderByDescending(e => e.Key.Length))
        {
            var name = TextNormalizer.NormalizeTerm(era);
            var at = name.Length == 0 ? -1 : s.IndexOf(name, StringComparison.Ordinal);
            if (at < 0) continue;
            var pos = at + name.Length;
            if (words.FirstYear.Select(TextNormalizer.NormalizeTerm).FirstOrDefault(f => f.Length > 0 && string.CompareOrdinal(s, pos, f, 0, f.Length) == 0) is { } gan)
                return (firstYear, pos + gan.Length);
            if (NumeralParser.ParseAt(s, pos, numerals) is { } n && n.Value is >= 1 and <= 99)
                return (firstYear + (int)n.Value - 1, pos + n.Length);
        }
        return null;
    }

    private static (int Year, int End)? GregorianYear(string s, Numerals numerals, DateWords words)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (NumeralParser.ParseAt(s, i, numerals) is { } n && n.Value is >= 1900 and <= 2200 && n.Value == decimal.Truncate(n.Value)
                && (Mark(s, i + n.Length, words.YearMark) is not null || Mark(s, i + n.Length, words.FiscalYearMark) is not null))
                return ((int)n.Value, i + n.Length);
        }
        return null;
    }

    private static (int Month, int? Day, int Start)? MonthDay(string s, int from, DateWords words, Numerals numerals)
    {
        for (var i = from; i < s.Length; i++)
        {
            if (NumeralParser.ParseAt(s, i, numerals) is not { } m || Mark(s, i + m.Length, words.MonthMark) is not { } mEnd) continue;
            if (m.Value is < 1 or > 12 || m.Value != decimal.Truncate(m.Value)) return null;
            int? day = NumeralParser.ParseAt(s, mEnd, numerals) is { } d && Mark(s, mEnd + d.Length, words.DayMark) is not null
                && d.Value is >= 1 and <= 31 ? (int)d.Value : null;
            return ((int)m.Value, day, i);
        }
        return null;
    }

    private static int? Mark(string s, int at, string mark)
    {
        var m = TextNormalizer.NormalizeTerm(mark);
        return m.Length > 0 && at + m.Length <= s.Length && string.CompareOrdinal(s, at, m, 0, m.Length) == 0 ? at + m.Length : null;
    }

    private static (int Value, int End)? Longest(string s, IReadOnlyDictionary<string, int> relative)
    {
        foreach (var (word, value) in relative.OrderByDescending(r => r.Key.Length))
        {
            var w = TextNormalizer.NormalizeTerm(word);
            var at = w.Length == 0 ? -1 : s.IndexOf(w, StringComparison.Ordinal);
            if (at >= 0) return (value, at + w.Length);
        }
        return null;
    }

    private static DateRange? Build(int year, int month, int? day)
    {
        if (day is not { } d) return Month(year, month);
        return d <= DateTime.DaysInMonth(year, month) ? new DateRange(new DateOnly(year, month, d), new DateOnly(year, month, d), DateKind.Day) : null;
    }

    private static DateRange Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), DateKind.Month);

    private static DateRange CalendarYear(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DateKind.Year);

    private static DateRange FiscalYear(int year, DateWords words)
    {
        var start = new DateOnly(year, words.FiscalYearStartMonth, 1);
        return new DateRange(start, start.AddYears(1).AddDays(-1), DateKind.FiscalYear);
    }
}
