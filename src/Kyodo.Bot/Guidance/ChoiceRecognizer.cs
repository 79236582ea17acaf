using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

/// <summary>
/// Picks one option from what a person typed: by number (1, １, ①, 一, いち, 1番, 最初), by label or synonym,
/// by yes/no/unsure words for options with those ids, or by a unique part of a label. Null when nothing or several fit.
/// </summary>
public static class ChoiceRecognizer
{
    private const int MinimumPartLength = 2;

    public static AnswerOption? Recognize(string text, IReadOnlyList<AnswerOption> options, Words words)
    {
        var said = TextNormalizer.Normalize(text);
        if (said.Length == 0 || options.Count == 0) return null;

        var exact = options.Where(o => Names(o, words).Any(n => n == said)).ToArray();
        if (exact.Length == 1) return exact[0];
        if (exact.Length > 1) return null;

        if (OrdinalRecognizer.Recognize(said, words) is { } position && position >= 1 && position <= options.Count)
            return options[position - 1];

        var partial = options
            .Where(o => Names(o, words).Any(n => n.Length > 0 && (ContainsPart(n, said) || ContainsPart(said, n))))
            .ToArray();
        return partial.Length == 1 ? partial[0] : null;
    }

    private static bool ContainsPart(string whole, string part) =>
        part.Length >= MinimumPartLength && whole.Contains(part, StringComparison.Ordinal);

    private static IEnumerable<string> Names(AnswerOption option, Words words)
    {
        yield return TextNormalizer.Normalize(option.Label);
        foreach (var synonym in option.Synonyms) yield return TextNormalizer.Normalize(synonym);
        var extra = option.Id switch
        {
            "yes" => words.Yes,
            "no" => words.No,
            "unsure" => words.Unsure,
            _ => [],
        };
        foreach (var word in extra) yield return TextNormalizer.Normalize(word);
    }
}
