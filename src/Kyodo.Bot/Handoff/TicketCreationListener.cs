using Kyodo.Bot.Storage;

namespace Kyodo.Bot.Handoff;

/// <summary>
/// With several instances (PostgreSQL): hears the tickets other instances open, so this instance's knowledge of which
/// conversations have none (<see cref="TicketStore"/>) stays true; while it cannot hear, that knowledge is not used.
/// </summary>
public sealed class TicketCreationListener(Database database, TicketStore tickets, ILogger<TicketCreationListener> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        database is PostgresDatabase postgres
            ? PostgresListener.ListenAsync(postgres, TicketStore.CreatedChannel, Forget, tickets.SetListening, logger, stoppingToken)
            : Task.CompletedTask;

    /// <summary>The payload is "channel/conversation"; a conversation id may itself contain '/', a channel id does not.</summary>
    private void Forget(string payload)
    {
        var slash = payload.IndexOf('/');
        if (slash > 0) tickets.ForgetNoTicket(payload[..slash], payload[(slash + 1)..]);
    }
}
