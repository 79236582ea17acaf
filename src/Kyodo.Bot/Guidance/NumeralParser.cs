using System.Globalization;
using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

/// <summary>Reads one number written with ASCII digits and/or kanji numerals at a position: 3, 1,500, 1.5万, 三十万, 二〇二六, 10万3千.</summary>
internal static class NumeralParser
{
    /// <summary>The number starting at <paramref name="start"/> and how many characters it takes, or null when none starts there.</summary>
    public static (decimal Value, int Length)? ParseAt(string text, int start, Numerals numerals)
    {
        if (start >= text.Length || !StartsNumber(text, start, numerals)) return null;
        decimal total = 0, section = 0;
        decimal? current = null;
        var previousWasKanjiDigit = false;
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                var end = i;
                while (end < text.Length && (char.IsAsciiDigit(text[end]) || IsSeparator(text, end))) end++;
                var digits = text[i..end].Replace(",", "", StringComparison.Ordinal);
                if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) break;
                current = value;
                previousWasKanjiDigit = false;
                i = end;
                continue;
            }
            if (numerals.Digits.TryGetValue(c, out var digit))
            {
                current = previousWasKanjiDigit && current is { } before ? before * 10 + digit : digit;
                previousWasKanjiDigit = true;
            }
            else if (numerals.Units.TryGetValue(c, out var unit))
            {
                section += (current ?? 1) * unit;
                current = null;
                previousWasKanjiDigit = false;
            }
            else if (numerals.BigUnits.TryGetValue(c, out var big) && (current is not null || section > 0))
            {
                total += (section + (current ?? 0)) * big;
                section = 0;
                current = null;
                previousWasKanjiDigit = false;
            }
            else
            {
                break;
            }
            i++;
        }
        return (total + section + (current ?? 0), i - start);
    }

    /// <summary>The first number in the text, with where it starts and its length.</summary>
    public static (decimal Value, int Start, int Length)? First(string text, Numerals numerals)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (ParseAt(text, i, numerals) is { } found) return (found.Value, i, found.Length);
        }
        return null;
    }

    private static bool StartsNumber(string text, int at, Numerals numerals) =>
        char.IsAsciiDigit(text[at]) || numerals.Digits.ContainsKey(text[at]) || numerals.Units.ContainsKey(text[at]);

    /// <summary>A comma or point between two digits (1,500 / 1.5).</summary>
    private static bool IsSeparator(string text, int at) =>
        text[at] is ',' or '.' && at > 0 && at + 1 < text.Length && char.IsAsciiDigit(text[at - 1]) && char.IsAsciiDigit(text[at + 1]);
}
