using Kyodo.Bot.Activities;
using Kyodo.Bot.Tests.Conversations;

namespace Kyodo.Bot.Tests.Channels.Teams;

/// <summary>Plays conversation scripts as a Teams user with deliveryMode expectReplies; every card is schema-checked.</summary>
public sealed class TeamsDriver(TeamsTestHost host, string userId, string? conversation = null) : IConversationDriver
{
    private readonly string _conversation = conversation ?? "a:" + Guid.NewGuid().ToString("N");

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        var message = host.Message(activity.Text ?? "", userId, _conversation);
        message.Value = activity.Value;
        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            message.Type = ActivityTypes.ConversationUpdate;
            message.Text = null;
            message.MembersAdded = [message.Recipient!];
        }
        var replies = await host.ExpectRepliesAsync(message);
        AdaptiveCardSchema.ShouldConform(replies);
        foreach (var reply in replies) reply.From ??= new ChannelAccount { Role = "bot" };
        return replies;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
