using Kyodo.Bot.Activities;
using Kyodo.Bot.Channels.WebChat;
using Kyodo.Bot.Conversation.Replies;
using Kyodo.Bot.DirectLine;

namespace Kyodo.Bot.Handoff.Delivery;

/// <summary>
/// The try-it page: the message is appended to the Direct Line conversation Web Chat is polling — here, or, when
/// another instance holds that conversation, by way of <see cref="WebChatBroadcast"/>.
/// </summary>
public sealed class WebChatPersonChannel(DirectLineConversations conversations, WebChatBroadcast broadcast, TimeProvider clock) : IPersonChannel
{
    public bool Handles(string channelId) => channelId == "webchat";

    public Task SendAsync(Ticket ticket, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        var activities = new WebChatRenderer().Render(replies, PersonMessenger.AddressOf(ticket));
        foreach (var activity in activities)
        {
            activity.Timestamp = clock.GetUtcNow();
            activity.From = new ChannelAccount { Id = DirectLineEndpoints.BotId, Name = "Kyodo.Bot", Role = "bot" };
        }
        if (conversations.Find(ticket.ConversationId) is not { } conversation)
            return broadcast.PublishAsync(ticket.ConversationId, activities, cancellationToken);
        conversation.Append(activities);
        return Task.CompletedTask;
    }
}
