using Kyodo.Bot.Activities;

namespace Kyodo.Bot.Channels.Teams;

/// <summary>Writes to a stored Teams conversation without being asked (for the handoff desk and reminders).</summary>
public sealed class ProactiveMessenger(ConversationReferenceStore references, ConnectorClient connector)
{
    /// <summary>Sends <paramref name="activity"/> into the conversation; returns the new activity's id (for later updates).</summary>
    public async Task<string?> SendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var reference = await references.FindAsync(TeamsRenderer.ChannelId, conversationId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"No stored conversation reference for {conversationId}.");
        activity.ChannelId = reference.ChannelId;
        activity.Conversation = reference.Conversation;
        activity.From = reference.Bot;
        activity.Recipient = reference.User;
        return await connector.SendToConversationAsync(reference.ServiceUrl, conversationId, activity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Posts into the reply thread under <paramref name="rootMessageId"/> of a stored channel conversation.</summary>
    public async Task<string?> SendToThreadAsync(string channelConversationId, string rootMessageId, Activity activity, CancellationToken cancellationToken)
    {
        var reference = await references.FindAsync(TeamsRenderer.ChannelId, channelConversationId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"No stored conversation reference for {channelConversationId}.");
        var thread = Handoff.Teams.TeamsThread.Of(channelConversationId, rootMessageId);
        activity.ChannelId = reference.ChannelId;
        activity.Conversation = new ConversationAccount { Id = thread, ConversationType = reference.Conversation.ConversationType, IsGroup = reference.Conversation.IsGroup, TenantId = reference.Conversation.TenantId };
        activity.From = reference.Bot;
        return await connector.SendToConversationAsync(reference.ServiceUrl, thread, activity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces a message the bot sent earlier (for example a card whose state changed).</summary>
    public async Task UpdateAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        var reference = await references.FindAsync(TeamsRenderer.ChannelId, conversationId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"No stored conversation reference for {conversationId}.");
        activity.Id = activityId;
        activity.Conversation = reference.Conversation;
        activity.From = reference.Bot;
        await connector.UpdateAsync(reference.ServiceUrl, conversationId, activityId, activity, cancellationToken).ConfigureAwait(false);
    }
}
