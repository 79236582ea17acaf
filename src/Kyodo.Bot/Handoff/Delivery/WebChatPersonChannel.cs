using Kyodo.Bot.Activities;
using Kyodo.Bot.Channels.WebChat;
using Kyodo.Bot.Conversation.Replies;
using Kyodo.Bot.DirectLine;

namespace Kyodo.Bot.Handoff.Delivery;

/// <summary>The try-it page: the message is appended to the Direct Line conversation Web Chat is polling.</summary>
public sealed class WebChatPersonChannel(DirectLineConversations conversations, TimeProvider clock) : IPersonChannel
{
    public bool Handles(string channelId) => channelId == "webchat";

    public Task SendAsync(Ticket ticket, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        var conversation = conversations.Find(ticket.ConversationId)
            ?? throw new InvalidOperationException("The person's Web Chat conversation has ended.");
        var activities = new WebChatRenderer().Render(replies, PersonMessenger.AddressOf(ticket));
        foreach (var activity in activities)
        {
            activity.Timestamp = clock.GetUtcNow();
            activity.From = new ChannelAccount { Id = DirectLineEndpoints.BotId, Name = "Kyodo.Bot", Role = "bot" };
        }
        conversation.Append(activities);
        return Task.CompletedTask;
    }
}
