using System.Globalization;

namespace Kyodo.Bot.Guidance;

/// <summary>
/// Reads a position from normalized text: digits with an optional counter ("2", "2番", "2つめ"), or a number word
/// from the content (一, いち, 最初 …). Only short answers count, so "3人で活動" is not read as option 3.
/// </summary>
public static class OrdinalRecognizer
{
    private const int MaxSuffixLength = 3;

    public static int? Recognize(string normalized, Content.Words words)
    {
        var digits = new string(normalized.TakeWhile(char.IsAsciiDigit).ToArray());
        if (digits.Length > 0 && normalized.Length - digits.Length <= MaxSuffixLength
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return number;

        foreach (var (value, names) in words.Numbers)
        {
            foreach (var name in names)
            {
                var word = TextNormalizer.Normalize(name);
                if (word.Length > 0 && normalized.StartsWith(word, StringComparison.Ordinal) && normalized.Length - word.Length <= MaxSuffixLength)
                    return value;
            }
        }
        return null;
    }
}
