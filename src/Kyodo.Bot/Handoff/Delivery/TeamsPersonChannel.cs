using Kyodo.Bot.Channels.Teams;
using Kyodo.Bot.Conversation.Replies;

namespace Kyodo.Bot.Handoff.Delivery;

/// <summary>Teams: a proactive message into the person's stored conversation.</summary>
public sealed class TeamsPersonChannel(ProactiveMessenger messenger) : IPersonChannel
{
    public bool Handles(string channelId) => channelId == TeamsRenderer.ChannelId;

    public async Task SendAsync(Ticket ticket, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        foreach (var activity in new TeamsRenderer().Render(replies, PersonMessenger.AddressOf(ticket)))
            await messenger.SendAsync(ticket.ConversationId, activity, cancellationToken).ConfigureAwait(false);
    }
}
