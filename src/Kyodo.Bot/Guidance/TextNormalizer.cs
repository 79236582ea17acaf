using System.Collections.Concurrent;
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

    /// <summary>Content terms normalized once: labels, synonyms and answer words come from dialogs/ and are compared every turn.</summary>
    private static readonly ConcurrentDictionary<string, string> Terms = new(StringComparer.Ordinal);

    /// <summary>Bounds the memo in case a caller passes text that is not a content term.</summary>
    private const int MaxTerms = 50_000;

    /// <summary><see cref="Normalize"/> for a term from the content (never for what a person typed), memoized.</summary>
    public static string NormalizeTerm(string term)
    {
        if (Terms.TryGetValue(term, out var normalized)) return normalized;
        normalized = Normalize(term);
        if (Terms.Count < MaxTerms) Terms.TryAdd(term, normalized);
        return normalized;
    }

    /// <summary>
    /// The text this thread normalized last, and its form: a turn normalizes what the person typed in several places
    /// (interruptions, the prompt's choices, the intents), each time the same string.
    /// </summary>
    [ThreadStatic] private static string? _lastText;
    [ThreadStatic] private static string? _lastNormalized;

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }
        if (ReferenceEquals(text, _lastText))
        {
            return _lastNormalized!;
        }

        var normalized = NormalizeAnew(text);
        (_lastText, _lastNormalized) = (text, normalized);
        return normalized;
    }

    private static string NormalizeAnew(string text)
    {
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

    /// <summary>
    /// Folds what people stretch or mistype in casual chat, on already normalized text: long vowel marks (はーい → はい),
    /// small vowels (はぃ → はい) and a trailing small tsu (はいっ → はい). Used only as a second try after the exact form.
    /// </summary>
    public static string FoldCasual(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var sb = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (c == LongVowelMark || c == WaveDash) continue;
            sb.Append(c is SmallA or SmallI or SmallU or SmallE or SmallO ? (char)(c + 1) : c);
        }
        while (sb.Length > 1 && sb[^1] == SmallTsu) sb.Length--;
        return sb.ToString();
    }

    private const char SmallA = '\u3041';
    private const char SmallI = '\u3043';
    private const char SmallU = '\u3045';
    private const char SmallE = '\u3047';
    private const char SmallO = '\u3049';
    private const char SmallTsu = '\u3063';
    private const char WaveDash = '\u301C';

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
