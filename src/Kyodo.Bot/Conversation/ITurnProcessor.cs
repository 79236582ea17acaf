using Kyodo.Bot.Activities;

namespace Kyodo.Bot.Conversation;

/// <summary>
/// Runs one turn of the bot for an incoming activity and returns the replies,
/// already rendered for the incoming activity's channel. Never throws for bad input:
/// a failed turn comes back as a polite apology. An activity already applied (the same id again) is not applied twice.
/// </summary>
public interface ITurnProcessor
{
    Task<TurnReplies> ProcessAsync(Activity incoming, CancellationToken cancellationToken);
}
