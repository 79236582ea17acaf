using Kyodo.Bot.Activities;
using Kyodo.Bot.Conversation;
using Kyodo.Bot.Conversation.Replies;

namespace Kyodo.Bot.Handoff.Delivery;

/// <summary>Picks the person's channel for a ticket and sends; one ticket's messages go out one at a time, in order.</summary>
public sealed class PersonMessenger(IEnumerable<IPersonChannel> channels)
{
    private readonly KeyedLock _order = new();

    public async Task SendAsync(Ticket ticket, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        var channel = channels.FirstOrDefault(c => c.Handles(ticket.ChannelId))
            ?? throw new InvalidOperationException($"No way to reach a person on channel '{ticket.ChannelId}'.");
        using var _ = await _order.AcquireAsync(ticket.Id, cancellationToken).ConfigureAwait(false);
        await channel.SendAsync(ticket, replies, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What a renderer needs to know about "the message being answered" when there is none: who and where.</summary>
    public static Activity AddressOf(Ticket ticket) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ticket.ChannelId,
        Conversation = new ConversationAccount { Id = ticket.ConversationId },
        From = new ChannelAccount { Id = ticket.UserId, Role = "user" },
        Recipient = new ChannelAccount { Id = "bot", Role = "bot" },
    };
}
