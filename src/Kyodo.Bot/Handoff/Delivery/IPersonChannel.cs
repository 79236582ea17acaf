using Kyodo.Bot.Conversation.Replies;

namespace Kyodo.Bot.Handoff.Delivery;

/// <summary>Sends to a person on their own channel outside of a turn (a staff reply, the hand-back).</summary>
public interface IPersonChannel
{
    bool Handles(string channelId);

    /// <summary>Throws when the message could not be delivered, so the caller can record why.</summary>
    Task SendAsync(Ticket ticket, IReadOnlyList<Reply> replies, CancellationToken cancellationToken);
}
