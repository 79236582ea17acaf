using System.Globalization;
using System.Text;

namespace Kyodo.Bot.Guidance;

/// <summary>
/// Folds the ways people type the same thing into one form: NFKC (full/half width, ① → 1), lower case,
/// katakana → hiragana, and no spaces or punctuation. The long vowel mark ー is kept (it carries meaning).
/// </summary>
public static class TextNormalizer
{
    private const char FirstKatakana = '\u30A1';
    private const char LastFoldableKatakana = '\u30F6';
    private const int KatakanaToHiragana = 0x60;
    private const char LongVowelMark = '\u30FC';

    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var result = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c == LongVowelMark) { result.Append(c); continue; }
            if (char.IsWhiteSpace(c) || IsPunctuation(c)) continue;
            if (c is >= FirstKatakana and <= LastFoldableKatakana) { result.Append((char)(c - KatakanaToHiragana)); continue; }
            result.Append(char.ToLowerInvariant(c));
        }
        return result.ToString();
    }

    private static bool IsPunctuation(char c) => char.GetUnicodeCategory(c) is
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
        or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
        or UnicodeCategory.OtherPunctuation or UnicodeCategory.MathSymbol or UnicodeCategory.ModifierSymbol
        or UnicodeCategory.OtherSymbol or UnicodeCategory.Format or UnicodeCategory.Surrogate;
}
