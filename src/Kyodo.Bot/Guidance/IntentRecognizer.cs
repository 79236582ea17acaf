using System.Text;
using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

/// <summary>
/// Reads what a person wants from free text (「企業と一緒にこども食堂をやりたい」 → diagnose, 「委託と補助の違いは？」 → question),
/// driven only by dialogs/intents.yaml and menu.yaml. Pure and thread-safe; built once per content load.
/// </summary>
public sealed class IntentRecognizer
{
    private readonly IReadOnlyList<IntentDefinition> intents;
    private readonly AnswerOption[] menuChoices;
    private readonly Dictionary<string, string> menuIdsByName = new(StringComparer.Ordinal);   // normalized label or keyword → the first menu item's id
    private readonly Words words;
    private readonly FaqIndex faq;
    private readonly string[][] keywords;          // normalized keywords per intent
    private readonly string[][] symbolKeywords;    // keywords that are only symbols (「？」), matched on the NFKC text
    private readonly List<(Dictionary<string, double> Vector, double Norm)>[] examples;
    private readonly Dictionary<string, double> idf = new(StringComparer.Ordinal);
    private readonly double defaultIdf;

    public IntentRecognizer(IReadOnlyList<IntentDefinition> intents, IReadOnlyList<MenuItem> menu, Words words, FaqIndex faq)
    {
        ArgumentNullException.ThrowIfNull(intents);
        ArgumentNullException.ThrowIfNull(menu);
        this.intents = intents;
        this.words = words ?? throw new ArgumentNullException(nameof(words));
        this.faq = faq ?? throw new ArgumentNullException(nameof(faq));
        menuChoices = menu.Select(m => new AnswerOption(m.Id, m.Label, m.Keywords)).ToArray();
        foreach (var choice in menuChoices)
        {
            foreach (var name in choice.Synonyms.Append(choice.Label)) menuIdsByName.TryAdd(TextNormalizer.NormalizeTerm(name), choice.Id);
        }

        // An intent's keywords are its own plus the keywords of the menu item with the same id.
        var all = intents.Select(i => i.Keywords.Concat(menu.Where(m => m.Id == i.Id).SelectMany(m => m.Keywords)).ToList()).ToList();
        keywords = all.Select(list => list.Select(TextNormalizer.Normalize).Where(k => k.Length > 0).Distinct().ToArray()).ToArray();
        symbolKeywords = all.Select(list => list.Where(k => TextNormalizer.Normalize(k).Length == 0)
            .Select(k => k.Normalize(NormalizationForm.FormKC).Trim()).Where(k => k.Length > 0).Distinct().ToArray()).ToArray();

        var documents = intents.SelectMany(i => i.Examples).Select(e => CharGrams.Of(TextNormalizer.Normalize(e)).ToHashSet(StringComparer.Ordinal)).ToList();
        foreach (var gram in documents.SelectMany(d => d))
            idf[gram] = idf.GetValueOrDefault(gram) + 1;
        foreach (var gram in idf.Keys.ToList())
            idf[gram] = Math.Log(1 + documents.Count / idf[gram]);
        defaultIdf = Math.Log(1 + Math.Max(1, documents.Count));
        examples = intents.Select(i => i.Examples.Select(e => Vector(TextNormalizer.Normalize(e))).Where(v => v.Norm > 0).ToList()).ToArray();
    }

    public IReadOnlyList<IntentDefinition> Intents => intents;

    /// <summary>
    /// 1. A short text that picks a menu item (label, keyword, number: 「診断」「2」「②」) → that intent, exact.
    /// 2. Otherwise every intent is scored (keywords, closest example, FAQ relevance for question); the best wins unless it
    /// is below <see cref="IntentThresholds.MinScore"/> or within <see cref="IntentThresholds.MinMargin"/> of the runner-up → unsure.
    /// </summary>
    public IntentResult Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0) return new IntentResult(IntentIds.Unsure, 0, false, []);

        if (ExactMenuItem(text, normalized) is { } menuId && intents.Any(i => i.Id == menuId))
            return new IntentResult(menuId, 1.0, true, [new IntentScore(menuId, 1.0)]);

        var raw = text.Normalize(NormalizationForm.FormKC);
        var query = Vector(normalized);
        var faqScore = Math.Min(1.0, faq.Search(text, 1).FirstOrDefault()?.Score ?? 0);
        var ranked = new List<IntentScore>(intents.Count);
        for (var i = 0; i < intents.Count; i++)
        {
            var score = IntentThresholds.KeywordWeight * intents[i].KeywordWeight * KeywordEvidence(i, normalized, raw)
                + IntentThresholds.ExampleWeight * ClosestExample(i, query);
            if (intents[i].Id == IntentIds.Question) score += IntentThresholds.FaqWeight * faqScore;
            ranked.Add(new IntentScore(intents[i].Id, score));
        }
        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));

        var top = ranked[0];
        var second = ranked.Count > 1 ? ranked[1].Score : 0;
        var sure = top.Score >= IntentThresholds.MinScore && top.Score - second >= IntentThresholds.MinMargin;
        return new IntentResult(sure ? top.Intent : IntentIds.Unsure, top.Score, false, ranked);
    }

    /// <summary>The messages.yaml key an answered intent (small talk, out of scope) replies with: the first reply whose keyword the text contains, else the intent's message.</summary>
    public string? ReplyMessage(string intentId, string text)
    {
        var intent = intents.FirstOrDefault(i => i.Id == intentId);
        if (intent is null) return null;
        var normalized = TextNormalizer.Normalize(text ?? "");
        var reply = intent.Replies.FirstOrDefault(r => r.Keywords.Select(TextNormalizer.NormalizeTerm).Any(k => k.Length > 0 && normalized.Contains(k, StringComparison.Ordinal)));
        return reply?.Message ?? intent.Message;
    }

    /// <summary>True when the text contains one of the keywords of the menu item <paramref name="menuId"/> (「診断したい」 is a request, not a project).</summary>
    public bool MentionsMenuKeyword(string menuId, string text)
    {
        var normalized = TextNormalizer.Normalize(text ?? "");
        return menuChoices.Where(m => m.Id == menuId).SelectMany(m => m.Synonyms.Append(m.Label))
            .Select(TextNormalizer.NormalizeTerm).Any(k => k.Length > 0 && normalized.Contains(k, StringComparison.Ordinal));
    }

    private string? ExactMenuItem(string text, string normalized)
    {
        if (menuIdsByName.TryGetValue(normalized, out var named)) return named;
        if (normalized.Length > IntentThresholds.MaxMenuChoiceLength) return null;
        return ChoiceRecognizer.Recognize(text, menuChoices, words)?.Id;
    }

    private double KeywordEvidence(int intent, string normalized, string raw)
    {
        var missing = 1.0;
        foreach (var keyword in keywords[intent])
        {
            if (normalized.Contains(keyword, StringComparison.Ordinal)) missing *= 1 - Evidence(keyword.Length);
        }
        foreach (var symbol in symbolKeywords[intent])
        {
            if (raw.Contains(symbol, StringComparison.Ordinal)) missing *= 1 - Evidence(symbol.Length);
        }
        return 1 - missing;
    }

    private static double Evidence(int length) => Math.Min(IntentThresholds.MaxKeywordEvidence, length * IntentThresholds.KeywordPerChar);

    private double ClosestExample(int intent, (Dictionary<string, double> Vector, double Norm) query)
    {
        if (query.Norm == 0) return 0;
        var best = 0.0;
        foreach (var (vector, norm) in examples[intent])
        {
            var dot = 0.0;
            foreach (var (gram, weight) in query.Vector)
            {
                if (vector.TryGetValue(gram, out var other)) dot += weight * other;
            }
            best = Math.Max(best, dot / (norm * query.Norm));
        }
        return best;
    }

    private (Dictionary<string, double> Vector, double Norm) Vector(string normalized)
    {
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var gram in CharGrams.Of(normalized))
            vector[gram] = vector.GetValueOrDefault(gram) + idf.GetValueOrDefault(gram, defaultIdf);
        var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
        return (vector, norm);
    }
}
