namespace Kyodo.Bot.Guidance;

/// <summary>
/// What the person wants: an intent id of dialogs/intents.yaml, or <see cref="IntentIds.Unsure"/>. <see cref="Exact"/>
/// is true when the text was a menu label, menu keyword or menu number (「診断」「2」), not a sentence.
/// <see cref="Ranked"/> holds every intent's score, best first (for the benchmark's confusion table and for debugging).
/// </summary>
public sealed record IntentResult(string Intent, double Confidence, bool Exact, IReadOnlyList<IntentScore> Ranked)
{
    public bool IsUnsure => Intent == IntentIds.Unsure;
}
