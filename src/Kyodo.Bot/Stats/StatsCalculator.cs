using System.Text;
using Kyodo.Bot.Handoff;

namespace Kyodo.Bot.Stats;

/// <summary>
/// The dashboard's figures as pure functions over lists of tickets and events (no storage, no clock). Ticket figures
/// count the tickets opened in the range; waiting time is from joining the queue until a person took the ticket.
/// </summary>
public static class StatsCalculator
{
    public static StatsReport Compute(StatsRange range, IEnumerable<Ticket> tickets, IEnumerable<ConsultationEvent> events, bool includeEvents)
    {
        var opened = tickets.Where(t => range.Contains(t.WaitingSince)).ToArray();
        var counted = includeEvents ? events.Where(e => range.Contains(e.At)).ToArray() : [];
        var waits = opened.Where(t => t.AssignedAt is not null).Select(t => (t.AssignedAt!.Value - t.WaitingSince).TotalMinutes).Select(m => Math.Max(0, m)).ToArray();
        var ratings = opened.Where(t => t.Rating is >= 1 and <= 5).Select(t => t.Rating!.Value).ToArray();
        return new StatsReport(
            range,
            includeEvents,
            includeEvents ? ConsultationsPerWeek(range, counted) : [],
            includeEvents ? CountInOrder(Details(counted, ConsultationEventKinds.Verdict), Enum.GetNames<Verdict>()) : [],
            includeEvents ? CountByFrequency(Details(counted, ConsultationEventKinds.Method)) : [],
            opened.Length,
            CountInOrder(opened.Select(t => t.Reason.ToString()), Enum.GetNames<EscalationReason>()),
            waits.Length,
            Minutes(Percentiles.Median(waits)),
            Minutes(Percentiles.NearestRank(waits, 90)),
            CountInOrder(opened.Where(t => t.Outcome is not null).Select(t => t.Outcome!.Value.ToString()), Enum.GetNames<TicketOutcome>()),
            ratings.Length == 0 ? null : ratings.Average(),
            RatingDistribution(ratings),
            includeEvents ? UnansweredQuestions(counted) : []);
    }

    /// <summary>Every week (Monday) the range touches, also the empty ones, with the consultations started per channel.</summary>
    public static IReadOnlyList<WeekCounts> ConsultationsPerWeek(StatsRange range, IEnumerable<ConsultationEvent> events)
    {
        var byWeek = events.Where(e => e.Kind == ConsultationEventKinds.Consultation && range.Contains(e.At))
            .GroupBy(e => JapanDates.WeekStart(JapanDates.DateOf(e.At)))
            .ToDictionary(week => week.Key, week => week.GroupBy(e => e.ChannelId).ToDictionary(c => c.Key, c => c.Count()));
        var weeks = new List<WeekCounts>();
        for (var week = JapanDates.WeekStart(range.From); week <= range.To; week = week.AddDays(7))
            weeks.Add(new WeekCounts(week, byWeek.GetValueOrDefault(week) ?? new Dictionary<string, int>()));
        return weeks;
    }

    /// <summary>How many ratings of 1, 2, 3, 4 and 5 (always five items, in that order).</summary>
    public static IReadOnlyList<CountItem> RatingDistribution(IEnumerable<int> ratings)
    {
        var all = ratings.ToArray();
        return Enumerable.Range(1, 5).Select(score => new CountItem(score.ToString(System.Globalization.CultureInfo.InvariantCulture), all.Count(r => r == score))).ToArray();
    }

    /// <summary>The unanswered questions, the same question (ignoring width, case and spacing) counted together; most frequent first.</summary>
    public static IReadOnlyList<UnansweredQuestion> UnansweredQuestions(IEnumerable<ConsultationEvent> events) =>
        events.Where(e => e.Kind == ConsultationEventKinds.Unanswered && !string.IsNullOrWhiteSpace(e.Detail))
            .GroupBy(e => SameQuestionKey(e.Detail!))
            .Select(question =>
            {
                var latest = question.MaxBy(e => e.At)!;
                return new UnansweredQuestion(latest.Detail!, question.Count(), latest.At);
            })
            .OrderByDescending(q => q.Count).ThenByDescending(q => q.LastAsked)
            .ToArray();

    /// <summary>Per 年度 (April–March) that has any ticket or event, oldest first.</summary>
    public static IReadOnlyList<FiscalYearSummary> FiscalYears(IEnumerable<Ticket> tickets, IEnumerable<ConsultationEvent> events, bool includeEvents)
    {
        var allTickets = tickets.ToArray();
        var consultations = includeEvents ? events.Where(e => e.Kind == ConsultationEventKinds.Consultation).ToArray() : [];
        var closed = allTickets.Where(t => t.ClosedAt is not null).ToArray();
        var years = allTickets.Select(t => JapanDates.FiscalYear(t.WaitingSince))
            .Concat(closed.Select(t => JapanDates.FiscalYear(t.ClosedAt!.Value)))
            .Concat(consultations.Select(e => JapanDates.FiscalYear(e.At)))
            .Distinct().Order();
        return years.Select(year =>
        {
            var closedThisYear = closed.Where(t => JapanDates.FiscalYear(t.ClosedAt!.Value) == year).ToArray();
            // A rating follows the close, so it counts in the year the ticket was closed.
            var ratings = closedThisYear.Where(t => t.Rating is >= 1 and <= 5).Select(t => t.Rating!.Value).ToArray();
            return new FiscalYearSummary(
                year,
                includeEvents ? consultations.Count(e => JapanDates.FiscalYear(e.At) == year) : null,
                allTickets.Count(t => JapanDates.FiscalYear(t.WaitingSince) == year),
                closedThisYear.Length,
                ratings.Length == 0 ? null : (double)ratings.Count(r => r >= 4) / ratings.Length,
                ratings.Length == 0 ? null : ratings.Average());
        }).ToArray();
    }

    private static IEnumerable<string> Details(IEnumerable<ConsultationEvent> events, string kind) =>
        events.Where(e => e.Kind == kind && e.Detail is not null).Select(e => e.Detail!);

    /// <summary>Counts for every known key in its order (zeros included), then any unknown key.</summary>
    private static IReadOnlyList<CountItem> CountInOrder(IEnumerable<string> keys, IReadOnlyList<string> order)
    {
        var counts = keys.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        return order.Select(k => new CountItem(k, counts.GetValueOrDefault(k)))
            .Concat(counts.Where(c => !order.Contains(c.Key)).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new CountItem(c.Key, c.Value)))
            .ToArray();
    }

    private static IReadOnlyList<CountItem> CountByFrequency(IEnumerable<string> keys) =>
        keys.GroupBy(k => k).Select(g => new CountItem(g.Key, g.Count())).OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).ToArray();

    private static string SameQuestionKey(string text) =>
        string.Join(' ', text.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('?', '？', '。', '.');

    private static TimeSpan? Minutes(double? minutes) => minutes is { } m ? TimeSpan.FromMinutes(m) : null;
}
