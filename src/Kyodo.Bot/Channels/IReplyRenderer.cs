using Kyodo.Bot.Activities;
using Kyodo.Bot.Conversation.Replies;

namespace Kyodo.Bot.Channels;

/// <summary>Turns channel-neutral replies into the activities one channel shows natively.</summary>
public interface IReplyRenderer
{
    bool Handles(string? channelId);

    IReadOnlyList<Activity> Render(IReadOnlyList<Reply> replies, Activity incoming);
}
