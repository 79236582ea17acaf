using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

/// <summary>
/// Ranks FAQ entries for a free question: BM25 over character bigrams and trigrams of the normalized question,
/// phrasings (weighted higher) and answer. Built once per content load; thread-safe for reading.
/// </summary>
public sealed class FaqIndex
{
    private readonly IReadOnlyList<FaqEntry> entries;
    private readonly Dictionary<string, double>[] termFrequencies;
    private readonly double[] lengths;
    private readonly double averageLength;
    private readonly Dictionary<string, int> documentFrequencies = new(StringComparer.Ordinal);
    private readonly HashSet<string>[] exactForms;

    public FaqIndex(IReadOnlyList<FaqEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        this.entries = entries;
        termFrequencies = new Dictionary<string, double>[entries.Count];
        lengths = new double[entries.Count];
        exactForms = new HashSet<string>[entries.Count];

        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var asked = new[] { entry.Question }.Concat(entry.Phrasings).Select(TextNormalizer.Normalize).ToList();
            var tf = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var form in asked)
            {
                Add(tf, form, FaqThresholds.QuestionWeight);
            }

            Add(tf, TextNormalizer.Normalize(entry.Answer), FaqThresholds.AnswerWeight);
            termFrequencies[i] = tf;
            lengths[i] = tf.Values.Sum();
            exactForms[i] = asked.Where(form => form.Length > 0).ToHashSet(StringComparer.Ordinal);
            foreach (var term in tf.Keys)
            {
                documentFrequencies[term] = documentFrequencies.GetValueOrDefault(term) + 1;
            }
        }

        averageLength = entries.Count == 0 ? 1 : Math.Max(1, lengths.Average());
    }

    /// <summary>The entries sharing any bigram/trigram with the query, most relevant first (ties in file order), at most <paramref name="top"/>.</summary>
    /// <summary>An indexed entry by id (FAQ entries and the answers drawn from methods and steps).</summary>
    public FaqEntry? Find(string id) => entries.FirstOrDefault(e => e.Id == id);

    public IReadOnlyList<FaqMatch> Search(string query, int top = 3)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (top <= 0)
        {
            return [];
        }

        var terms = CharGrams.Of(TextNormalizer.Normalize(query)).Distinct(StringComparer.Ordinal).ToList();
        if (terms.Count == 0 || entries.Count == 0)
        {
            return [];
        }

        // Relevance = BM25 / the BM25 an entry would get if it had every query term once in its question.
        // Terms no entry has count in the ideal too: a query about something else scores low however it is phrased.
        // The ideal never goes below that of MinQueryTerms rare terms, so "ですか" alone is not a perfect match for everything.
        var once = Saturate(FaqThresholds.QuestionWeight, averageLength);
        var ideal = Math.Max(
            terms.Sum(term => Weight(term) * Idf(term) * once),
            FaqThresholds.MinQueryTerms * Idf(documentFrequency: 1) * once);
        return Enumerable.Range(0, entries.Count)
            .Select(i => new FaqMatch(entries[i], Bm25(i, terms) / ideal))
            .Where(match => match.Score > 0)
            .OrderByDescending(match => match.Score) // stable: ties keep file order
            .Take(top)
            .ToList();
    }

    /// <summary>
    /// Best: the query is one of an entry's question/phrasings (after normalizing), or the top match is relevant and
    /// clearly ahead. Choose: 2–3 relevant matches within <see cref="FaqThresholds.CloseRatio"/> of the top.
    /// None: nothing reaches <see cref="FaqThresholds.MinRelevance"/>.
    /// </summary>
    public FaqAnswer Answer(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var normalized = TextNormalizer.Normalize(query);
        var exact = Enumerable.Range(0, entries.Count).Where(i => exactForms[i].Contains(normalized)).ToList();
        if (exact.Count == 1)
        {
            return new FaqAnswer(FaqAnswerKind.Best, [new FaqMatch(entries[exact[0]], 1.0)]);
        }

        var matches = Search(query, FaqThresholds.MaxChoices);
        if (matches.Count == 0 || matches[0].Score < FaqThresholds.MinRelevance)
        {
            return new FaqAnswer(FaqAnswerKind.None, []);
        }

        var floor = Math.Max(FaqThresholds.MinRelevance, matches[0].Score * FaqThresholds.CloseRatio);
        var close = matches.Where(match => match.Score >= floor).ToList();
        return close.Count == 1
            ? new FaqAnswer(FaqAnswerKind.Best, close)
            : new FaqAnswer(FaqAnswerKind.Choose, close);
    }

    private static void Add(Dictionary<string, double> tf, string normalized, double weight)
    {
        foreach (var gram in CharGrams.Of(normalized))
        {
            tf[gram] = tf.GetValueOrDefault(gram) + weight;
        }
    }

    private double Bm25(int document, IReadOnlyList<string> terms)
    {
        var score = 0.0;
        foreach (var term in terms)
        {
            if (termFrequencies[document].TryGetValue(term, out var tf))
            {
                score += Weight(term) * Idf(term) * Saturate(tf, lengths[document]);
            }
        }

        return score;
    }

    /// <summary>Grams of hiragana only are mostly particles and endings (ですか, について); they count less than grams with kanji, digits or latin letters.</summary>
    private static double Weight(string term) =>
        term.All(c => c is >= '\u3041' and <= '\u309F') ? FaqThresholds.KanaOnlyGramWeight : 1.0;

    private double Saturate(double tf, double length) =>
        tf * (FaqThresholds.K1 + 1) / (tf + FaqThresholds.K1 * (1 - FaqThresholds.B + FaqThresholds.B * length / averageLength));

    private double Idf(string term) => Idf(documentFrequencies.GetValueOrDefault(term));

    /// <summary>BM25's idf, never negative: ln(1 + (N − df + 0.5) / (df + 0.5)).</summary>
    private double Idf(int documentFrequency) =>
        Math.Log(1 + (entries.Count - documentFrequency + 0.5) / (documentFrequency + 0.5));
}
