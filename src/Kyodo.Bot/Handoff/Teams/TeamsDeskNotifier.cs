using Kyodo.Bot.Activities;
using Kyodo.Bot.Channels;
using Kyodo.Bot.Channels.Teams;

namespace Kyodo.Bot.Handoff.Teams;

/// <summary>
/// Tells a desk's Teams channel about its tickets: a new ticket is posted as a card (its id kept on the ticket), what
/// the person says goes into that card's thread, and the card is updated when the state or the owner changes.
/// </summary>
public sealed class TeamsDeskNotifier(DeskChannelStore channels, ProactiveMessenger messenger, TicketStore tickets, IContentProvider content) : IStaffNotifier
{
    public async Task TicketOpenedAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        if (await channels.ChannelOfAsync(ticket.DeskId, cancellationToken).ConfigureAwait(false) is not { } channel) return;
        var cardId = await messenger.SendAsync(channel, CardActivity(ticket), cancellationToken).ConfigureAwait(false);
        if (cardId is not null) await tickets.SetTeamsCardAsync(ticket.Id, cardId, cancellationToken).ConfigureAwait(false);
    }

    public async Task PersonSaidAsync(Ticket ticket, TranscriptLine line, CancellationToken cancellationToken)
    {
        var current = await tickets.FindAsync(ticket.Id, cancellationToken).ConfigureAwait(false);
        if (current?.TeamsCardId is not { } cardId || await channels.ChannelOfAsync(ticket.DeskId, cancellationToken).ConfigureAwait(false) is not { } channel) return;
        var label = content.Current.Content.Message(MessageKeys.StaffSpeakerPerson);
        await messenger.SendToThreadAsync(channel, cardId, new Activity { Type = ActivityTypes.Message, Text = $"{label}: {line.Text}" }, cancellationToken).ConfigureAwait(false);
    }

    public async Task TicketChangedAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        if (ticket.TeamsCardId is not { } cardId || await channels.ChannelOfAsync(ticket.DeskId, cancellationToken).ConfigureAwait(false) is not { } channel) return;
        await messenger.UpdateAsync(channel, cardId, CardActivity(ticket), cancellationToken).ConfigureAwait(false);
    }

    private Activity CardActivity(Ticket ticket) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [new Attachment { ContentType = AdaptiveCardBuilder.ContentType, Content = TicketCard.Build(ticket, content.Current.Content) }],
    };
}
