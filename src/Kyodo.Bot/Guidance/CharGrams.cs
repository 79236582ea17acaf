namespace Kyodo.Bot.Guidance;

/// <summary>Character bigrams and trigrams: Japanese has no spaces between words, so these stand in for words.</summary>
internal static class CharGrams
{
    /// <summary>All bigrams and trigrams of already normalized text, with repeats (for term frequency).</summary>
    public static IEnumerable<string> Of(string normalized)
    {
        for (var size = 2; size <= 3; size++)
        {
            for (var i = 0; i + size <= normalized.Length; i++)
            {
                yield return normalized.Substring(i, size);
            }
        }
    }
}
