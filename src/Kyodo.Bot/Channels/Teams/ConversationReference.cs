using Kyodo.Bot.Activities;

namespace Kyodo.Bot.Channels.Teams;

/// <summary>What is needed to write to a conversation later, unprompted (a proactive message): where and to whom.</summary>
public sealed record ConversationReference(
    string ChannelId, string ServiceUrl, ConversationAccount Conversation, ChannelAccount Bot, ChannelAccount? User)
{
    public static ConversationReference? Of(Activity activity) =>
        activity is { ChannelId: { } channel, ServiceUrl: { } serviceUrl, Conversation: { Id: not null } conversation, Recipient: { } bot }
            ? new ConversationReference(channel, serviceUrl, conversation, bot, activity.From)
            : null;

    /// <summary>A copy that shares no account object with the activity it came from (they are mutable).</summary>
    public ConversationReference Copy() =>
        this with { Conversation = Conversation with { }, Bot = Bot with { }, User = User is null ? null : User with { } };
}
