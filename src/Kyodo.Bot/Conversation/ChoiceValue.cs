using System.Collections.Concurrent;
using System.Text.Json;

namespace Kyodo.Bot.Conversation;

/// <summary>
/// The value a tapped button sends back: <c>{"choice": id}</c>. The ids come from the content, so the same few hundred
/// are sent on every turn: each is built once and shared (a <see cref="JsonElement"/> is read-only), instead of a new
/// JSON document per button per turn.
/// </summary>
public static class ChoiceValue
{
    /// <summary>Ids that are not from the content (a LINE postback can carry anything): past this many, built but not kept.</summary>
    private const int MaxKept = 4096;

    private static readonly ConcurrentDictionary<string, JsonElement> Kept = new(StringComparer.Ordinal);

    public static JsonElement Of(string choiceId)
    {
        if (Kept.TryGetValue(choiceId, out var kept)) return kept;
        var value = JsonSerializer.SerializeToElement(new Dictionary<string, string> { [TurnContext.ChoiceValueKey] = choiceId });
        if (Kept.Count < MaxKept) Kept.TryAdd(choiceId, value);
        return value;
    }
}
