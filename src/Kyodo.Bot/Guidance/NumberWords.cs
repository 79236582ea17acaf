using System.Runtime.CompilerServices;
using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

/// <summary>Finds the number words of <see cref="Words.Numbers"/> (一, いち, 最初 …) in normalized text.</summary>
internal static class NumberWords
{
    /// <summary>The normalized number words, longest first so that 十二 wins over 十 and 二.</summary>
    public static IReadOnlyList<(string Word, int Value)> Normalized(Words words) => Sorted.GetValue(words, Sort);

    /// <summary>Computed once per loaded content (a reload brings new <see cref="Words"/>).</summary>
    private static readonly ConditionalWeakTable<Words, IReadOnlyList<(string Word, int Value)>> Sorted = new();

    private static IReadOnlyList<(string Word, int Value)> Sort(Words words) =>
        words.Numbers
            .SelectMany(pair => pair.Value.Select(word => (Word: TextNormalizer.Normalize(word), Value: pair.Key)))
            .Where(entry => entry.Word.Length > 0)
            .OrderByDescending(entry => entry.Word.Length)
            .ToList();

    /// <summary>The value of the whole text when it is exactly a number word.</summary>
    public static int? Exact(string normalized, Words words) =>
        Normalized(words).Where(entry => entry.Word == normalized).Select(entry => (int?)entry.Value).FirstOrDefault();

    /// <summary>
    /// The longest number word at the start of the text, with its length. A word written only in kana (いち, に, ご)
    /// must end the text or be followed by a non-kana character (に団体, not ごめん).
    /// </summary>
    public static (int Value, int Length)? Prefix(string normalized, Words words)
    {
        foreach (var (word, value) in Normalized(words))
        {
            if (normalized.StartsWith(word, StringComparison.Ordinal)
                && (!IsKanaOnly(word) || normalized.Length == word.Length || !IsKana(normalized[word.Length])))
            {
                return (value, word.Length);
            }
        }

        return null;
    }

    /// <summary>
    /// The earliest number word in the text: a word at the start (see <see cref="Prefix"/>), else the first word written
    /// with kanji anywhere (三団体です). Kana-only words inside a sentence are far more often particles or parts of words.
    /// </summary>
    public static int? Find(string normalized, Words words)
    {
        if (Prefix(normalized, words) is { } first)
        {
            return first.Value;
        }

        var entries = Normalized(words).Where(entry => !IsKanaOnly(entry.Word)).ToList();
        for (var start = 1; start < normalized.Length; start++)
        {
            foreach (var (word, value) in entries)
            {
                if (normalized.AsSpan(start).StartsWith(word, StringComparison.Ordinal))
                {
                    return value;
                }
            }
        }

        return null;
    }

    private static bool IsKanaOnly(string word) => word.All(IsKana);

    /// <summary>Hiragana or the long vowel mark; normalized text has no katakana.</summary>
    private static bool IsKana(char c) => c is >= '\u3041' and <= '\u309F' or '\u30FC';
}
