using System.Globalization;
using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

/// <summary>Reads a whole number from an answer: "3", "３", "3団体", "三", "十二". Null when there is none.</summary>
public static class NumberRecognizer
{
    public static int? Recognize(string text, Words words)
    {
        var said = TextNormalizer.Normalize(text);
        var digits = new string(said.SkipWhile(c => !char.IsAsciiDigit(c)).TakeWhile(char.IsAsciiDigit).ToArray());
        if (digits.Length > 0 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return number;

        // Number words from the content; the longest match first, so 十二 wins over 十 and 二.
        var match = words.Numbers
            .SelectMany(pair => pair.Value.Select(name => (Value: pair.Key, Word: TextNormalizer.Normalize(name))))
            .Where(candidate => candidate.Word.Length > 0 && said.StartsWith(candidate.Word, StringComparison.Ordinal))
            .OrderByDescending(candidate => candidate.Word.Length)
            .FirstOrDefault();
        return match.Word is null ? null : match.Value;
    }
}
