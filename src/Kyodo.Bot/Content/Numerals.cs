namespace Kyodo.Bot.Content;

/// <summary>Kanji numerals from words.yaml: digits (一 → 1), units (十 → 10, 百, 千) and big units (万 → 10000, 億).</summary>
public sealed record Numerals(
    IReadOnlyDictionary<char, int> Digits,
    IReadOnlyDictionary<char, int> Units,
    IReadOnlyDictionary<char, long> BigUnits)
{
    public static Numerals Empty { get; } = new(new Dictionary<char, int>(), new Dictionary<char, int>(), new Dictionary<char, long>());
}
