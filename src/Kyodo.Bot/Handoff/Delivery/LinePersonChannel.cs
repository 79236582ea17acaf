using Kyodo.Bot.Channels.Line;
using Kyodo.Bot.Conversation.Replies;

namespace Kyodo.Bot.Handoff.Delivery;

/// <summary>LINE: staff replies go by push (there is no reply token outside a turn).</summary>
public sealed class LinePersonChannel(LineMessagingClient line) : IPersonChannel
{
    public bool Handles(string channelId) => channelId == LineRenderer.ChannelId;

    public async Task SendAsync(Ticket ticket, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        var messages = LineRenderer.MessagesOf(new LineRenderer().Render(replies, PersonMessenger.AddressOf(ticket)));
        foreach (var batch in LineBatches.Fit(messages))
            await line.PushAsync(ticket.UserId, batch, cancellationToken).ConfigureAwait(false);
    }
}
