using Kyodo.Bot.Conversation.Dialogs;

namespace Kyodo.Bot.Conversation;

/// <summary>What the bot remembers about one conversation: its dialog stack (saved each turn).</summary>
public sealed class ConversationState
{
    public List<DialogInstance> DialogStack { get; set; } = [];
}
