using System.Text.Json;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Content;
using Kyodo.Bot.Conversation.Replies;
using Kyodo.Bot.Guidance;

namespace Kyodo.Bot.Conversation;

/// <summary>One turn: what came in, the content, the person's profile, and the replies collected so far.</summary>
public sealed class TurnContext(Activity activity, LoadedContent content, UserProfile profile)
{
    /// <summary>The key in an activity's <c>value</c> object that carries a pressed button's value.</summary>
    public const string ChoiceValueKey = "choice";

    private readonly List<Reply> _replies = [];
    private readonly List<Stats.ConsultationEventNote> _events = [];

    public Activity Activity { get; } = activity;
    public GuidanceContent Content { get; } = content.Content;
    public FaqIndex Faq { get; } = content.Faq;
    public IntentRecognizer Intents { get; } = content.Intents;
    public InterruptionWords Interruptions { get; } = content.Interruptions;
    public UserProfile Profile { get; } = profile;

    /// <summary>The conversation's state for this turn; set by the bot before any dialog runs.</summary>
    public ConversationState? Conversation { get; set; }

    public IReadOnlyList<Reply> Replies => _replies;

    /// <summary>The typed text, trimmed; null when there is none.</summary>
    public string? Text { get; } = string.IsNullOrWhiteSpace(activity.Text) ? null : activity.Text.Trim();

    /// <summary>The value of a pressed button (<c>value.choice</c>), if this message came from one.</summary>
    public string? ButtonValue { get; } = ReadButtonValue(activity.Value);

    /// <summary>
    /// Given an answer a prompt cannot read, answers it aside if it is really a question for the bot (true), so the
    /// prompt asks again without counting a miss. Set by the bot for the turn.
    /// </summary>
    public Func<TurnContext, bool>? AnswerAside { get; set; }

    /// <summary>The last lines of this conversation before this turn (for a handoff dossier).</summary>
    public IReadOnlyList<Handoff.TranscriptLine> Recent => Conversation?.Recent.Lines() ?? [];

    /// <summary>The person asked to be forgotten: their stored data is deleted when the turn ends.</summary>
    public bool PersonForgotten { get; private set; }

    public void ForgetPerson() => PersonForgotten = true;

    public void Send(Reply reply) => _replies.Add(reply);

    public void SendText(string text) => _replies.Add(new TextReply(text));

    /// <summary>A fixed phrase from dialogs/messages.yaml with its {placeholders} filled.</summary>
    public string Message(string key, params (string Name, object Value)[] values) => MessageFormatter.Format(Content.Message(key), values);

    public void ClearReplies() => _replies.Clear();

    /// <summary>What this turn counts for the support center's statistics (no personal data); written after the turn is saved.</summary>
    public IReadOnlyList<Stats.ConsultationEventNote> Events => _events;

    public void Record(string kind, string? detail = null) => _events.Add(new Stats.ConsultationEventNote(kind, detail));

    private static string? ReadButtonValue(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } obj
        && obj.TryGetProperty(ChoiceValueKey, out var choice)
        && choice.ValueKind == JsonValueKind.String
            ? choice.GetString()
            : null;
}
