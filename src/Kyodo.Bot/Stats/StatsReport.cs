namespace Kyodo.Bot.Stats;

/// <summary>
/// Everything /desk/stats shows for a range. The event-based figures (consultations, verdicts, methods, unanswered
/// questions) have no desk; they are empty when <see cref="IncludesEvents"/> is false (a desk's own view).
/// </summary>
public sealed record StatsReport(
    StatsRange Range,
    bool IncludesEvents,
    IReadOnlyList<WeekCounts> ConsultationsPerWeek,
    IReadOnlyList<CountItem> Verdicts,
    IReadOnlyList<CountItem> Methods,
    int Escalations,
    IReadOnlyList<CountItem> Reasons,
    int Taken,
    TimeSpan? MedianWait,
    TimeSpan? Wait90thPercentile,
    IReadOnlyList<CountItem> Outcomes,
    double? AverageRating,
    IReadOnlyList<CountItem> Ratings,
    IReadOnlyList<UnansweredQuestion> Unanswered)
{
    public IReadOnlyList<string> Channels => ConsultationsPerWeek.SelectMany(w => w.ByChannel.Keys).Distinct().Order(StringComparer.Ordinal).ToArray();

    public int Consultations => ConsultationsPerWeek.Sum(w => w.Total);

    public int RatingCount => Ratings.Sum(r => r.Count);
}
