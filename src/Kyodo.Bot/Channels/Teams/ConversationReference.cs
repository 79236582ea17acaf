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

    /// <summary>Equal for equal references (every property of the reference and its accounts), different otherwise.</summary>
    public UInt128 Fingerprint() => Storage.Fingerprint.Of(
        ChannelId, ServiceUrl,
        Conversation.Id, Conversation.Name, Conversation.IsGroup?.ToString(), Conversation.ConversationType, Conversation.TenantId,
        Bot.Id, Bot.Name, Bot.Role, Bot.AadObjectId,
        User is null ? null : "user", User?.Id, User?.Name, User?.Role, User?.AadObjectId);
}
