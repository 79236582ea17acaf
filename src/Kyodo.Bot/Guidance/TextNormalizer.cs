using System.Globalization;
using System.Text;

namespace Kyodo.Bot.Guidance;

/// <summary>
/// Brings typed Japanese to one comparable form: NFKC (full/half width, ① → 1), lower case,
/// katakana → hiragana, no whitespace, punctuation or symbols. The long vowel mark (U+30FC) is kept.
/// </summary>
public static class TextNormalizer
{
    private const char KatakanaFirst = '\u30A1';   // small a
    private const char KatakanaLast = '\u30F6';    // small ke
    private const char IterationMark = '\u30FD';   // katakana iteration mark
    private const char VoicedIterationMark = '\u30FE';
    private const int KatakanaToHiragana = 0x60;
    private const char LongVowelMark = '\u30FC';

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        var nfkc = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(nfkc.Length);
        foreach (var c in nfkc)
        {
            if (c == LongVowelMark)
            {
                sb.Append(c);
            }
            else if (IsDropped(c))
            {
                continue;
            }
            else if ((c >= KatakanaFirst && c <= KatakanaLast) || c == IterationMark || c == VoicedIterationMark)
            {
                sb.Append((char)(c - KatakanaToHiragana));
            }
            else
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    private static bool IsDropped(char c)
    {
        if (char.IsWhiteSpace(c) || char.IsControl(c) || char.IsPunctuation(c) || char.IsSymbol(c))
        {
            return true;
        }

        // Everything ASCII that is not a letter or a digit is punctuation for our purposes.
        if (c < 0x80)
        {
            return !char.IsAsciiLetterOrDigit(c);
        }

        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.PrivateUse;
    }
}
