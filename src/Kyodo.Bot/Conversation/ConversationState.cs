using Kyodo.Bot.Conversation.Dialogs;

namespace Kyodo.Bot.Conversation;

/// <summary>What the bot remembers about one conversation: its dialog stack (saved each turn).</summary>
public sealed class ConversationState
{
    public List<DialogInstance> DialogStack { get; set; } = [];

    /// <summary>
    /// Hook for the desk: introductions the person asked for from the partner directory (「紹介を依頼する」), oldest first.
    /// Only recorded here; turning them into tickets for the staff is the desk's work.
    /// </summary>
    public List<IntroductionRequest> IntroductionRequests { get; set; } = [];
}
