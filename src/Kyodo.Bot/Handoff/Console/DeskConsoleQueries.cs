namespace Kyodo.Bot.Handoff.Console;

/// <summary>What a staff member may see: their desk's tickets (every desk's for admins); another desk's ticket does not exist for them.</summary>
public sealed class DeskConsoleQueries(TicketStore tickets, IContentProvider content, TimeProvider clock)
{
    public async Task<IReadOnlyList<QueueEntry>> QueueAsync(StaffMember staff, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var all = await tickets.ListAsync(staff.IsAdmin ? null : staff.DeskId, cancellationToken).ConfigureAwait(false);
        return all.Where(t => t.State != TicketState.Closed).Select(t => QueueEntry.From(t, DeskName(t.DeskId), now, Labels)).ToArray();
    }

    public async Task<Ticket?> VisibleTicketAsync(string id, StaffMember staff, CancellationToken cancellationToken)
    {
        var ticket = await tickets.FindAsync(id, cancellationToken).ConfigureAwait(false);
        return ticket is not null && (staff.IsAdmin || ticket.DeskId == staff.DeskId) ? ticket : null;
    }

    public async Task<IReadOnlyList<TranscriptEntry>> TranscriptAsync(string ticketId, long afterSeq, CancellationToken cancellationToken) =>
        (await tickets.MessagesAsync(ticketId, afterSeq, cancellationToken).ConfigureAwait(false)).Select(m => TranscriptEntry.From(m, Labels)).ToArray();

    public StaffLabels Labels => new(content.Current.Content);

    public string DeskName(string deskId) => content.Current.Content.Desks.Desks.FirstOrDefault(d => d.Id == deskId)?.Name ?? deskId;
}
