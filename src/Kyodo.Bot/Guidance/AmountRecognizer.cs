using System.Text;
using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

/// <summary>
/// Reads amounts and counts with kanji compounds: 「3人」 → 3, 「三十万円」 → 300000, 「10万」 → 100000, 「1,500円」 → 1500,
/// 「1.5万円」 → 15000, 「二千五百」 → 2500. The numerals (一, 十, 万 …) come from words.yaml <c>numerals:</c>.
/// </summary>
public static class AmountRecognizer
{
    /// <summary>Longest unit kept after the number (円, 人, 団体, 万円 is folded into the value).</summary>
    private const int MaxUnitLength = 3;

    /// <summary>The first number in the text (full-width digits are read after NFKC), with the kanji/latin word after it; null when none.</summary>
    public static Amount? Recognize(string text, Numerals numerals)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(numerals);
        var nfkc = text.Normalize(NormalizationForm.FormKC);
        if (NumeralParser.First(nfkc, numerals) is not { } found) return null;
        var after = found.Start + found.Length;
        var unit = new StringBuilder();
        while (after < nfkc.Length && unit.Length < MaxUnitLength && IsUnitChar(nfkc[after])) unit.Append(nfkc[after++]);
        return new Amount(found.Value, unit.ToString());
    }

    /// <summary>The amount as a whole number that fits an int (3団体 → 3), else null.</summary>
    public static int? WholeNumber(string text, Numerals numerals) =>
        Recognize(text, numerals) is { } amount && amount.Value == decimal.Truncate(amount.Value) && amount.Value is >= 0 and <= int.MaxValue
            ? (int)amount.Value
            : null;

    /// <summary>Kanji (人, 団体, 円) or a latin letter; kana after a number is a particle or ending (です, くらい).</summary>
    private static bool IsUnitChar(char c) => c is >= '\u4E00' and <= '\u9FFF' || char.IsAsciiLetter(c);
}
