using Kyodo.Bot.Conversation.Prompts;
using Kyodo.Bot.Guidance;

namespace Kyodo.Bot.Conversation;

public enum InterruptionKind { None, Help, Cancel, Restart, Human, MenuItem, DeleteData, Legal, Distress, Rating }

/// <summary>Words and buttons that work anywhere in a conversation: help, cancel, start over, talk to a person (words in dialogs/interruptions.yaml), and the menu buttons.</summary>
/// <remarks><see cref="Detail"/> carries the menu item id, the rating button's value, or why a person is wanted.</remarks>
public sealed record Interruption(InterruptionKind Kind, string? Detail = null)
{
    /// <summary>Menu buttons carry this prefix, so pressing an old menu button mid-dialog switches topic.</summary>
    public const string MenuValuePrefix = "menu.";

    private static readonly Interruption NoneDetected = new(InterruptionKind.None);

    public static Interruption Detect(TurnContext turn)
    {
        switch (turn.ButtonValue)
        {
            case Prompt.MenuValue: return new(InterruptionKind.Restart);
            case Prompt.HumanValue: return new(InterruptionKind.Human, nameof(Handoff.EscalationReason.Misunderstood));
            case Handoff.HandoffDesk.AskValue: return new(InterruptionKind.Human);
            case { } value when value.StartsWith(Handoff.HandoffDesk.AskValue + ".", StringComparison.Ordinal):
                return new(InterruptionKind.Human, value[(Handoff.HandoffDesk.AskValue.Length + 1)..]);
            case { } value when value.StartsWith(Handoff.HandoffDesk.RateValuePrefix, StringComparison.Ordinal):
                return new(InterruptionKind.Rating, value);
            case { } value when value.StartsWith(MenuValuePrefix, StringComparison.Ordinal):
                return new(InterruptionKind.MenuItem, value[MenuValuePrefix.Length..]);
        }
        if (turn.Text is not { } text) return NoneDetected;

        var said = TextNormalizer.Normalize(text);
        if (said.Length == 0) return NoneDetected;
        var words = turn.Interruptions;
        if (words.AreSaid("help", said)) return new(InterruptionKind.Help);
        if (words.AreSaid("cancel", said)) return new(InterruptionKind.Cancel);
        if (words.AreSaid("delete_data", said)) return new(InterruptionKind.DeleteData);
        if (words.AreSaid("restart", said) || said == TextNormalizer.NormalizeTerm(turn.Message(Content.MessageKeys.BackToMenuLabel)))
            return new(InterruptionKind.Restart);
        if (words.AreIn("human", said) || said == TextNormalizer.NormalizeTerm(turn.Message(Content.MessageKeys.TalkToPersonLabel)))
            return new(InterruptionKind.Human);
        if (words.AreIn("legal", said)) return new(InterruptionKind.Legal);
        if (words.AreIn("distress", said)) return new(InterruptionKind.Distress);
        return NoneDetected;
    }
}
