using Kyodo.Bot.Conversation.Dialogs;
using Kyodo.Bot.Handoff;

namespace Kyodo.Bot.Conversation;

/// <summary>What the bot remembers about one conversation: its dialog stack and the last few exchanges (saved each turn).</summary>
public sealed class ConversationState
{
    /// <summary>How many lines of the conversation are kept for a handoff dossier.</summary>
    public const int RecentLines = 20;

    public List<DialogInstance> DialogStack { get; set; } = [];

    public List<TranscriptLine> Recent { get; set; } = [];

    /// <summary>
    /// The bot's lines are kept as their first words: staff reading a dossier need the person's words, the bot's own
    /// text is known, and this state is read and written on every turn (bench/Load: most of its size was bot text).
    /// </summary>
    public const int BotLineChars = 60;

    public static string Shorten(string botText)
    {
        var oneLine = botText.ReplaceLineEndings(" ");
        return oneLine.Length <= BotLineChars ? oneLine : string.Concat(oneLine.AsSpan(0, BotLineChars), "…");
    }

    public void Remember(IEnumerable<TranscriptLine> lines)
    {
        Recent.AddRange(lines.Where(l => l.Text.Length > 0));
        if (Recent.Count > RecentLines) Recent.RemoveRange(0, Recent.Count - RecentLines);
    }

    /// <summary>
    /// Hook for the desk: introductions the person asked for from the partner directory (「紹介を依頼する」), oldest first.
    /// Only recorded here; turning them into tickets for the staff is the desk's work.
    /// </summary>
    public List<IntroductionRequest> IntroductionRequests { get; set; } = [];
}
