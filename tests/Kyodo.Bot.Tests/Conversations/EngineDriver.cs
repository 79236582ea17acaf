using Kyodo.Bot.Activities;
using Kyodo.Bot.Tests.Support;

namespace Kyodo.Bot.Tests.Conversations;

/// <summary>Talks to the turn processor directly, as a channel adapter would.</summary>
public sealed class EngineDriver(TestBot bot, string conversationId) : IConversationDriver
{
    private int _sequence;

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        activity.Id = $"{conversationId}|{++_sequence}";
        activity.ChannelId = "test";
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.Recipient = new ChannelAccount { Id = "kyodo-bot", Role = "bot" };
        return await bot.Processor.ProcessAsync(activity, CancellationToken.None);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
