using System.Globalization;
using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

/// <summary>Picks one of the offered buttons from what the person typed instead of tapping.</summary>
public static class ChoiceRecognizer
{
    /// <summary>Longest text after a number that still reads as "the n-th" (1番, 1番目, 最初の); longer text is a sentence.</summary>
    internal const int MaxNumberSuffix = 3;

    /// <summary>
    /// Tries, in order, and stops at the first stage with any fit (a stage with two or more fits → null):
    /// 1. the whole text equals a label or synonym; 2. the whole text is a number (digits after NFKC, or a word of
    /// <see cref="Words.Numbers"/>); 3. the whole text is a <see cref="Words.Yes"/>/No/Unsure word, for options with id
    /// "yes"/"no"/"unsure"; 4. a number followed by a short suffix ("1番", "一番目", "最初の"); 5. partial: an option's
    /// label or synonym contains the text (≥ 2 chars), or the text contains a label, synonym or yes/no/unsure word —
    /// the longest such term wins and must belong to one option. When a label itself contains digits ("3団体以上"),
    /// stage 5 runs before stage 4. All comparisons are on <see cref="TextNormalizer.Normalize"/>d text.
    /// </summary>
    /// <remarks>When nothing fits, the same stages run once more on <see cref="TextNormalizer.FoldCasual"/> text (はーい, はぃ, はいっ).</remarks>
    public static AnswerOption? Recognize(string text, IReadOnlyList<AnswerOption> options, Words words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(words);

        var input = TextNormalizer.Normalize(text);
        // Stage 1 on its own first, before the terms of the other stages are built: a tapped button sends its label.
        if (OnlyExactFit(input, options) is { } tapped) return tapped;
        if (RecognizeNormalized(input, options, words) is { } exact) return exact;
        // A known answer word that fits no option stays unread: 「うーん」 (unsure) must not fold into 「うん」 (yes).
        if (IsAnswerWord(input, words)) return null;
        var folded = TextNormalizer.FoldCasual(input);
        return folded != input ? RecognizeNormalized(folded, options, words) : null;
    }

    /// <summary>The one option whose label or synonym is the input, or null when none or several are.</summary>
    private static AnswerOption? OnlyExactFit(string input, IReadOnlyList<AnswerOption> options)
    {
        if (input.Length == 0) return null;
        AnswerOption? fit = null;
        foreach (var option in options)
        {
            if (!IsNamed(option, input)) continue;
            if (fit is not null) return null;
            fit = option;
        }
        return fit;
    }

    private static bool IsNamed(AnswerOption option, string input)
    {
        if (TextNormalizer.NormalizeTerm(option.Label) == input) return true;
        foreach (var synonym in option.Synonyms)
        {
            if (TextNormalizer.NormalizeTerm(synonym) == input) return true;
        }
        return false;
    }

    private static bool IsAnswerWord(string input, Words words) =>
        words.Yes.Concat(words.No).Concat(words.Unsure).Any(w => TextNormalizer.NormalizeTerm(w) == input);

    private static AnswerOption? RecognizeNormalized(string input, IReadOnlyList<AnswerOption> options, Words words)
    {
        if (input.Length == 0 || options.Count == 0)
        {
            return null;
        }

        var names = options.Select(o => new[] { o.Label }.Concat(o.Synonyms).Select(TextNormalizer.NormalizeTerm).Where(s => s.Length > 0).ToList()).ToList();
        var answerWords = options.Select(o => AnswerWords(o, words)).ToList();
        var labelsHaveDigits = names.Any(n => n.Any(name => name.Any(char.IsAsciiDigit)));

        Func<Stage>[] stages =
        [
            () => Where(options, i => names[i].Contains(input)),
            () => ByNumber(options, ExactNumber(input, words)),
            () => Where(options, i => answerWords[i].Contains(input)),
            labelsHaveDigits ? () => Partial(options, input, names, answerWords) : () => ByNumber(options, NumberWithSuffix(input, words)),
            labelsHaveDigits ? () => ByNumber(options, NumberWithSuffix(input, words)) : () => Partial(options, input, names, answerWords),
        ];

        foreach (var stage in stages)
        {
            var result = stage();
            if (result.Decided)
            {
                return result.Option;
            }
        }

        return null;
    }

    /// <summary>A stage's outcome: undecided (no fit, try the next stage), or decided with one option or null (ambiguous).</summary>
    private readonly record struct Stage(bool Decided, AnswerOption? Option);

    private static Stage Where(IReadOnlyList<AnswerOption> options, Func<int, bool> fits)
    {
        var hits = Enumerable.Range(0, options.Count).Where(fits).ToList();
        return hits.Count switch
        {
            0 => new Stage(false, null),
            1 => new Stage(true, options[hits[0]]),
            _ => new Stage(true, null),
        };
    }

    private static Stage ByNumber(IReadOnlyList<AnswerOption> options, int? number) =>
        number is { } n && n >= 1 && n <= options.Count ? new Stage(true, options[n - 1]) : new Stage(false, null);

    private static int? ExactNumber(string input, Words words)
    {
        if (input.All(char.IsAsciiDigit))
        {
            return Parse(input);
        }

        return NumberWords.Exact(input, words);
    }

    private static int? NumberWithSuffix(string input, Words words)
    {
        var digits = NumberRecognizer.LeadingDigits(input);
        var (value, length) = digits is not null
            ? (Parse(digits), digits.Length)
            : NumberWords.Prefix(input, words) is { } word ? (word.Value, word.Length) : ((int?)null, 0);
        if (value is null)
        {
            return null;
        }

        var suffix = input[length..];
        return suffix.Length <= MaxNumberSuffix && !suffix.Any(char.IsAsciiDigit) ? value : null;
    }

    private static Stage Partial(IReadOnlyList<AnswerOption> options, string input, List<List<string>> names, List<List<string>> answerWords)
    {
        var best = new int[options.Count];
        for (var i = 0; i < options.Count; i++)
        {
            foreach (var name in names[i])
            {
                if (input.Length >= 2 && name.Contains(input, StringComparison.Ordinal))
                {
                    best[i] = Math.Max(best[i], input.Length);
                }
            }

            foreach (var term in names[i].Concat(answerWords[i]))
            {
                if (input.Contains(term, StringComparison.Ordinal))
                {
                    best[i] = Math.Max(best[i], term.Length);
                }
            }
        }

        var top = best.Max();
        return top == 0 ? new Stage(false, null) : Where(options, i => best[i] == top);
    }

    private static List<string> AnswerWords(AnswerOption option, Words words)
    {
        IReadOnlyList<string> list = option.Id switch
        {
            "yes" => words.Yes,
            "no" => words.No,
            "unsure" => words.Unsure,
            _ => [],
        };
        return list.Select(TextNormalizer.NormalizeTerm).Where(s => s.Length > 0).ToList();
    }

    private static int? Parse(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
