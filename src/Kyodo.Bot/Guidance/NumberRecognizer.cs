using System.Globalization;
using System.Text;
using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

/// <summary>Reads a count from typed text: "3", "３", "3団体", "三", "十二", "3つ" → 3 / 12.</summary>
public static class NumberRecognizer
{
    /// <summary>
    /// The first run of ASCII digits after NFKC ("2、3団体" → 2), else the first number word from
    /// <see cref="Words.Numbers"/> (1..13 in dialogs/words.yaml; kana-only words only at the start). Null when no number.
    /// Compound numerals beyond the word list (二十) are not parsed.
    /// </summary>
    public static int? Recognize(string text, Words words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);

        var digits = FirstDigitRun(text.Normalize(NormalizationForm.FormKC));
        if (digits is not null)
        {
            return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
        }

        var normalized = TextNormalizer.Normalize(text);
        return normalized.Length == 0 ? null : NumberWords.Find(normalized, words);
    }

    /// <summary>The leading ASCII digits of already normalized text, or null.</summary>
    internal static string? LeadingDigits(string normalized)
    {
        var length = 0;
        while (length < normalized.Length && char.IsAsciiDigit(normalized[length]))
        {
            length++;
        }

        return length == 0 ? null : normalized[..length];
    }

    private static string? FirstDigitRun(string text)
    {
        var start = 0;
        while (start < text.Length && !char.IsAsciiDigit(text[start]))
        {
            start++;
        }

        return start == text.Length ? null : LeadingDigits(text[start..]);
    }
}
