namespace Kyodo.Bot.Handoff;

/// <summary>A staff surface that is told about tickets as they happen (the Teams desk channel); the web console reads the store.</summary>
public interface IStaffNotifier
{
    Task TicketOpenedAsync(Ticket ticket, CancellationToken cancellationToken);

    Task PersonSaidAsync(Ticket ticket, TranscriptLine line, CancellationToken cancellationToken);

    Task TicketChangedAsync(Ticket ticket, CancellationToken cancellationToken);
}
