using Kyodo.Bot.Stats;

namespace Kyodo.Bot.Handoff.Console.Stats;

/// <summary>Loads what the statistics are computed from (tickets of the scope, events of the range) and names desks and methods.</summary>
public sealed class StatsQueries(TicketStore tickets, ConsultationEvents events, IContentProvider content, TimeProvider clock)
{
    public StaffLabels Labels => new(content.Current.Content);

    public StatsRange Range(string? from, string? to) => StatsRange.Parse(from, to, clock.GetUtcNow());

    public StatsScope Scope(StaffMember staff, string? requestedDesk) => StatsScope.For(staff, requestedDesk, Desks.Select(d => d.Id));

    public async Task<StatsReport> ReportAsync(StatsScope scope, StatsRange range, CancellationToken cancellationToken)
    {
        var ticketList = await tickets.ListAsync(scope.DeskId, cancellationToken).ConfigureAwait(false);
        var eventList = scope.IncludesEvents ? await events.ListAsync(range.Start, range.End, cancellationToken).ConfigureAwait(false) : [];
        return StatsCalculator.Compute(range, ticketList, eventList, scope.IncludesEvents);
    }

    public async Task<IReadOnlyList<FiscalYearSummary>> FiscalYearsAsync(StatsScope scope, CancellationToken cancellationToken)
    {
        var ticketList = await tickets.ListAsync(scope.DeskId, cancellationToken).ConfigureAwait(false);
        var eventList = scope.IncludesEvents ? await events.ListAsync(null, null, cancellationToken).ConfigureAwait(false) : [];
        return StatsCalculator.FiscalYears(ticketList, eventList, scope.IncludesEvents);
    }

    public async Task<IReadOnlyList<UnansweredQuestion>> UnansweredAsync(StatsRange range, CancellationToken cancellationToken) =>
        StatsCalculator.UnansweredQuestions(await events.ListAsync(range.Start, range.End, cancellationToken).ConfigureAwait(false));

    public IReadOnlyList<Desk> Desks => content.Current.Content.Desks.Desks;

    public string DeskName(string? deskId) => deskId is null ? "すべての窓口" : Desks.FirstOrDefault(d => d.Id == deskId)?.Name ?? deskId;

    public string MethodName(string methodId) => content.Current.Content.Methods.Methods.FirstOrDefault(m => m.Id == methodId)?.Name ?? methodId;
}
