using Kyodo.Bot.Activities;

namespace Kyodo.Bot.Conversation;

/// <summary>
/// Runs one turn of the bot for an incoming activity and returns the replies,
/// already rendered for the incoming activity's channel. Never throws for bad input:
/// a failed turn comes back as a polite apology.
/// </summary>
public interface ITurnProcessor
{
    Task<IReadOnlyList<Activity>> ProcessAsync(Activity incoming, CancellationToken cancellationToken);
}
