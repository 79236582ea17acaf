using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

/// <summary>
/// Finds FAQ entries for a free question with BM25 over character n-grams. The question and its phrasings weigh
/// more than the answer text. Scores are normalised to the query's own weight, so thresholds mean the same for
/// short and long questions.
/// </summary>
public sealed class FaqIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const int QuestionWeight = 3;
    private const int AnswerWeight = 1;

    // Thresholds on the normalised score, tuned on the FAQ development questions in the tests:
    private const double MinimumRelevant = 0.30;   // below: unrelated (tax, weather, random text)
    private const double ClearWinnerShare = 0.80;  // best is clear when the runner-up is under 80 % of it
    private const double CloseShare = 0.70;        // candidates within 70 % of the best are offered to choose

    private readonly IReadOnlyList<FaqEntry> _entries;
    private readonly Dictionary<string, int>[] _termCounts;
    private readonly int[] _lengths;
    private readonly double _averageLength;
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);
    private readonly double _unknownIdf;

    public FaqIndex(IReadOnlyList<FaqEntry> entries)
    {
        _entries = entries;
        _termCounts = entries.Select(Count).ToArray();
        _lengths = _termCounts.Select(c => c.Values.Sum()).ToArray();
        _averageLength = _lengths.Length == 0 ? 1 : Math.Max(1, _lengths.Average());
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in _termCounts.SelectMany(c => c.Keys))
            documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        foreach (var (term, df) in documentFrequency) _idf[term] = Idf(df);
        _unknownIdf = Idf(0);
    }

    public IReadOnlyList<FaqMatch> Search(string query, int top = 3)
    {
        var terms = CharacterNGrams.Of(TextNormalizer.Normalize(query)).Distinct(StringComparer.Ordinal).ToArray();
        if (terms.Length == 0 || _entries.Count == 0) return [];
        var queryWeight = terms.Sum(t => _idf.GetValueOrDefault(t, _unknownIdf) * (K1 + 1));
        return _entries
            .Select((entry, i) => new FaqMatch(entry, Bm25(i, terms) / queryWeight))
            .Where(m => m.Score > 0)
            .OrderByDescending(m => m.Score)
            .Take(top)
            .ToArray();
    }

    public FaqAnswer Answer(string query)
    {
        var matches = Search(query);
        if (matches.Count == 0 || matches[0].Score < MinimumRelevant) return new FaqAnswer(FaqAnswerKind.None, []);
        var best = matches[0].Score;
        if (matches.Count == 1 || matches[1].Score < best * ClearWinnerShare) return new FaqAnswer(FaqAnswerKind.Best, [matches[0]]);
        return new FaqAnswer(FaqAnswerKind.Choose, matches.Where(m => m.Score >= best * CloseShare).ToArray());
    }

    private double Bm25(int document, IReadOnlyList<string> terms)
    {
        var counts = _termCounts[document];
        var lengthNorm = K1 * (1 - B + B * _lengths[document] / _averageLength);
        var score = 0.0;
        foreach (var term in terms)
        {
            if (!counts.TryGetValue(term, out var tf)) continue;
            score += _idf[term] * tf * (K1 + 1) / (tf + lengthNorm);
        }
        return score;
    }

    private double Idf(int documentFrequency) =>
        Math.Log(1 + (_entries.Count - documentFrequency + 0.5) / (documentFrequency + 0.5));

    private static Dictionary<string, int> Count(FaqEntry entry)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string text, int weight)
        {
            foreach (var gram in CharacterNGrams.Of(TextNormalizer.Normalize(text)))
                counts[gram] = counts.GetValueOrDefault(gram) + weight;
        }
        Add(entry.Question, QuestionWeight);
        foreach (var phrasing in entry.Phrasings) Add(phrasing, QuestionWeight);
        Add(entry.Answer, AnswerWeight);
        return counts;
    }
}
