using Kyodo.Bot.Activities;

namespace Kyodo.Bot.Tests.Conversations;

/// <summary>Sends one activity from the person to the bot by some route (engine, Direct Line over HTTP …) and returns the replies.</summary>
public interface IConversationDriver : IAsyncDisposable
{
    Task<IReadOnlyList<Activity>> SendAsync(Activity activity);
}
