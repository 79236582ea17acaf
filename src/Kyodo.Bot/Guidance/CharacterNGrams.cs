namespace Kyodo.Bot.Guidance;

/// <summary>Character bigrams and trigrams of normalized text: Japanese has no spaces between words, n-grams stand in for them.</summary>
public static class CharacterNGrams
{
    public static IEnumerable<string> Of(string normalized)
    {
        if (normalized.Length == 1) yield return normalized;
        for (var n = 2; n <= 3; n++)
        {
            for (var i = 0; i + n <= normalized.Length; i++) yield return normalized.Substring(i, n);
        }
    }
}
