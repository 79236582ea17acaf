using Kyodo.Bot.Guidance;

namespace Kyodo.Bot.Content;

/// <summary>The words of dialogs/interruptions.yaml by group, normalized once per load (they are checked on every turn).</summary>
public sealed class InterruptionWords(IReadOnlyDictionary<string, IReadOnlyList<string>> groups)
{
    private readonly Dictionary<string, string[]> _normalized = groups.ToDictionary(
        g => g.Key, g => g.Value.Select(TextNormalizer.Normalize).Where(w => w.Length > 0).ToArray(), StringComparer.Ordinal);

    /// <summary>Whether normalized text is one of the group's words.</summary>
    public bool AreSaid(string group, string said) => Array.IndexOf(Words(group), said) >= 0;

    /// <summary>Whether normalized text contains one of the group's words.</summary>
    public bool AreIn(string group, string said) => Words(group).Any(word => said.Contains(word, StringComparison.Ordinal));

    private string[] Words(string group) => _normalized.GetValueOrDefault(group) ?? [];
}
