using Kyodo.Bot.Conversation.Dialogs;
using Kyodo.Bot.Handoff;

namespace Kyodo.Bot.Conversation;

/// <summary>What the bot remembers about one conversation: its dialog stack and the last few exchanges (saved each turn).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(ConversationStateJson.Converter))]
public sealed class ConversationState
{
    public List<DialogInstance> DialogStack { get; set; } = [];

    /// <summary>
    /// The id of the last activity applied to this conversation, saved with the state it produced: a channel or the
    /// LINE inbox that delivers it again (a retry, a restart between saving a turn and marking its event done) must not
    /// apply the person's words a second time, to the next question.
    /// </summary>
    public string? LastActivityId { get; set; }

    /// <summary>The last lines of the conversation, kept for a handoff dossier.</summary>
    public RecentLines Recent { get; set; } = new();

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

    public void Remember(IEnumerable<TranscriptLine> lines) => Recent.Add(lines.Where(l => l.Text.Length > 0));

    /// <summary>
    /// Hook for the desk: introductions the person asked for from the partner directory (「紹介を依頼する」), oldest first.
    /// Only recorded here; turning them into tickets for the staff is the desk's work.
    /// </summary>
    public List<IntroductionRequest> IntroductionRequests { get; set; } = [];
}
