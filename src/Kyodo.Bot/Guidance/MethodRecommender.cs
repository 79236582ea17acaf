using System.Globalization;
using System.Runtime.CompilerServices;
using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

/// <summary>Scores the collaboration methods (委託, 共催 …) against the facts the person gave.</summary>
public static class MethodRecommender
{
    /// <summary>
    /// The facts still needed, in file order: facts referenced by any method's Requires or Fit and not yet known.
    /// facts: fact id → answer id, or for number facts the integer as invariant string.
    /// </summary>
    public static IReadOnlyList<MethodFact> MissingFacts(MethodsContent content, IReadOnlyDictionary<string, string> facts)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(facts);

        var referenced = ReferencedFacts.GetValue(content, FactsReferencedByMethods);
        return content.Facts
            .Where(fact => referenced.Contains(fact.Id) && !facts.ContainsKey(fact.Id))
            .ToList();
    }

    /// <summary>Per loaded content: asked on every turn of a recommendation, and the content does not change under it.</summary>
    private static readonly ConditionalWeakTable<MethodsContent, HashSet<string>> ReferencedFacts = new();

    private static HashSet<string> FactsReferencedByMethods(MethodsContent content)
    {
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var method in content.Methods)
        {
            referenced.UnionWith(method.Requires.Keys);
            referenced.UnionWith(method.Fit.Select(rule => rule.Fact));
        }
        return referenced;
    }

    /// <summary>
    /// Methods whose Requires all hold (an unknown fact fails a requirement), scored by the sum of the matching
    /// fit rules' points, highest first, ties in file order. Methods with score &lt;= 0 are left out; at most <paramref name="top"/>.
    /// </summary>
    public static IReadOnlyList<MethodRecommendation> Recommend(
        MethodsContent content, IReadOnlyDictionary<string, string> facts, int top = 3)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(facts);
        if (top <= 0)
        {
            return [];
        }

        return content.Methods
            .Where(method => RequirementsHold(method, facts))
            .Select(method => Score(method, facts))
            .Where(recommendation => recommendation.Score > 0)
            .OrderByDescending(recommendation => recommendation.Score) // stable: ties keep file order
            .Take(top)
            .ToList();
    }

    private static bool RequirementsHold(CollaborationMethod method, IReadOnlyDictionary<string, string> facts) =>
        method.Requires.All(requirement =>
            facts.TryGetValue(requirement.Key, out var value) && requirement.Value.Contains(value, StringComparer.Ordinal));

    private static MethodRecommendation Score(CollaborationMethod method, IReadOnlyDictionary<string, string> facts)
    {
        var score = 0;
        var reasons = new List<string>();
        foreach (var rule in method.Fit)
        {
            if (!facts.TryGetValue(rule.Fact, out var value) || !Matches(rule, value))
            {
                continue;
            }

            score += rule.Points;
            if (rule.Points > 0)
            {
                reasons.Add(rule.Reason);
            }
        }

        return new MethodRecommendation(method, score, reasons);
    }

    /// <summary>
    /// An answer rule (Answers given) matches one of its answer ids; a number rule (Min and/or Max given) matches
    /// an integer within the bounds, inclusive. A rule with neither never matches.
    /// </summary>
    internal static bool Matches(FitRule rule, string value)
    {
        if (rule.Answers.Count > 0)
        {
            return rule.Answers.Contains(value, StringComparer.Ordinal);
        }

        if (rule.Min is null && rule.Max is null)
        {
            return false;
        }

        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        return (rule.Min is not { } min || number >= min) && (rule.Max is not { } max || number <= max);
    }
}
