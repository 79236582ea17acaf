using System.Runtime.CompilerServices;
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
        var words = turn.Content.Interruptions;
        if (Equals(words, "help", said)) return new(InterruptionKind.Help);
        if (Equals(words, "cancel", said)) return new(InterruptionKind.Cancel);
        if (Equals(words, "delete_data", said)) return new(InterruptionKind.DeleteData);
        if (Equals(words, "restart", said) || said == TextNormalizer.NormalizeTerm(turn.Message(Content.MessageKeys.BackToMenuLabel)))
            return new(InterruptionKind.Restart);
        if (Contains(words, "human", said) || said == TextNormalizer.NormalizeTerm(turn.Message(Content.MessageKeys.TalkToPersonLabel)))
            return new(InterruptionKind.Human);
        if (Contains(words, "legal", said)) return new(InterruptionKind.Legal);
        if (Contains(words, "distress", said)) return new(InterruptionKind.Distress);
        return NoneDetected;
    }

    private static bool Equals(IReadOnlyDictionary<string, IReadOnlyList<string>> words, string group, string said) =>
        Array.IndexOf(Terms(words, group), said) >= 0;

    private static bool Contains(IReadOnlyDictionary<string, IReadOnlyList<string>> words, string group, string said)
    {
        foreach (var word in Terms(words, group))
        {
            if (said.Contains(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The content's words of a group, normalized once per loaded content (they are checked on every turn).</summary>
    private static string[] Terms(IReadOnlyDictionary<string, IReadOnlyList<string>> words, string group) =>
        NormalizedWords.GetValue(words, Normalize).GetValueOrDefault(group) ?? [];

    private static readonly ConditionalWeakTable<IReadOnlyDictionary<string, IReadOnlyList<string>>, Dictionary<string, string[]>> NormalizedWords = new();

    private static Dictionary<string, string[]> Normalize(IReadOnlyDictionary<string, IReadOnlyList<string>> words) =>
        words.ToDictionary(g => g.Key, g => g.Value.Select(TextNormalizer.Normalize).Where(w => w.Length > 0).ToArray(), StringComparer.Ordinal);
}
