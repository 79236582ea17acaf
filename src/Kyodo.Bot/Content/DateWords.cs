namespace Kyodo.Bot.Content;

/// <summary>
/// Date words from words.yaml: marks (年, 年度, 月, 日), eras with their first Gregorian year (令和 → 2019),
/// the word for "first year" (元), and relative words (来月 → +1 month, 来年度 → +1 fiscal year).
/// </summary>
public sealed record DateWords(
    int FiscalYearStartMonth,
    string YearMark,
    string FiscalYearMark,
    string MonthMark,
    string DayMark,
    IReadOnlyList<string> FirstYear,
    IReadOnlyDictionary<string, int> Eras,
    IReadOnlyDictionary<string, int> RelativeFiscalYears,
    IReadOnlyDictionary<string, int> RelativeYears,
    IReadOnlyDictionary<string, int> RelativeMonths)
{
    public static DateWords Empty { get; } = new(4, "", "", "", "", [],
        new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>());
}
