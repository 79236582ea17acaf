using Kyodo.Bot.Activities;

namespace Kyodo.Bot.Conversation;

/// <summary>Looks at a turn before the bot does; returns true when the turn is not the bot's to answer (a person owns it).</summary>
public interface ITurnGate
{
    Task<bool> InterceptAsync(TurnContext turn, ConversationState conversation, CancellationToken cancellationToken);

    /// <summary>Whether a person answers this conversation now, so the bot says nothing (asked for an activity already applied).</summary>
    Task<bool> IsOwnedByPersonAsync(Activity activity, CancellationToken cancellationToken);
}
