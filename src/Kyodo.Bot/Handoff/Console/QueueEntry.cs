namespace Kyodo.Bot.Handoff.Console;

/// <summary>One open ticket as the queue shows it (page row and JSON).</summary>
public sealed record QueueEntry(
    string Id, string DeskId, string DeskName, string State, string StateLabel, string Reason,
    int WaitingMinutes, string Waiting, string WaitingSince, string? Owner)
{
    public static QueueEntry From(Ticket ticket, string deskName, DateTimeOffset now, StaffLabels labels)
    {
        var waited = now - ticket.WaitingSince;
        if (waited < TimeSpan.Zero) waited = TimeSpan.Zero;
        return new QueueEntry(ticket.Id, ticket.DeskId, deskName, ticket.State.ToString(), labels.State(ticket),
            labels.Reason(ticket.Reason), (int)waited.TotalMinutes, DeskConsoleLabels.Waiting(waited),
            DeskConsoleLabels.Time(ticket.WaitingSince), ticket.AssignedName);
    }
}
