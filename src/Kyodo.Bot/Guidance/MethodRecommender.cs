using System.Globalization;
using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

public sealed record MethodRecommendation(CollaborationMethod Method, int Score, IReadOnlyList<string> Reasons);

/// <summary>
/// Ranks collaboration methods by the facts the person gave, with scoring defined in the content:
/// a method's score is the sum of its matching fit rules' points; its reasons are the rules that earned points.
/// </summary>
public static class MethodRecommender
{
    /// <summary>Facts some method needs (in its requirements or fit rules) that are not known yet, in file order.</summary>
    public static IReadOnlyList<MethodFact> MissingFacts(MethodsContent content, IReadOnlyDictionary<string, string> facts)
    {
        var used = content.Methods
            .SelectMany(m => m.Requires.Keys.Concat(m.Fit.Select(f => f.Fact)))
            .ToHashSet(StringComparer.Ordinal);
        return content.Facts.Where(f => used.Contains(f.Id) && !facts.ContainsKey(f.Id)).ToArray();
    }

    public static IReadOnlyList<MethodRecommendation> Recommend(MethodsContent content, IReadOnlyDictionary<string, string> facts, int top = 3) =>
        content.Methods
            .Where(method => method.Requires.All(r => facts.TryGetValue(r.Key, out var value) && r.Value.Contains(value)))
            .Select((method, order) => (recommendation: Score(method, facts), order))
            .Where(m => m.recommendation.Score > 0)
            .OrderByDescending(m => m.recommendation.Score)
            .ThenBy(m => m.order)
            .Take(top)
            .Select(m => m.recommendation)
            .ToArray();

    private static MethodRecommendation Score(CollaborationMethod method, IReadOnlyDictionary<string, string> facts)
    {
        var matching = method.Fit.Where(rule => Holds(rule, facts)).ToArray();
        return new MethodRecommendation(
            method,
            matching.Sum(rule => rule.Points),
            matching.Where(rule => rule.Points > 0).Select(rule => rule.Reason).ToArray());
    }

    private static bool Holds(FitRule rule, IReadOnlyDictionary<string, string> facts)
    {
        if (!facts.TryGetValue(rule.Fact, out var value)) return false;
        if (rule.Answers.Count > 0) return rule.Answers.Contains(value);
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)) return false;
        return (rule.Min is null || number >= rule.Min) && (rule.Max is null || number <= rule.Max);
    }
}
