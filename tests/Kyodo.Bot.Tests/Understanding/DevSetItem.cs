namespace Kyodo.Bot.Tests.Understanding;

/// <summary>One labelled utterance of the development set: who typed it (resident/staff), the text, the expected answer, and for choices which options were offered.</summary>
public sealed record DevSetItem(string File, int Line, string Who, string Text, string Expected, string? Options)
{
    public override string ToString() => $"{File}:{Line}: {Text} → {Expected}";
}
