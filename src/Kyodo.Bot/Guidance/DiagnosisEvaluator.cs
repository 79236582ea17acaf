using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

public sealed record DiagnosisReason(string RuleId, Verdict Verdict, string Text, SourceRef Source);

public sealed record DiagnosisResult(Verdict Verdict, IReadOnlyList<DiagnosisReason> Reasons);

/// <summary>
/// Turns diagnosis answers into a verdict: the most severe verdict among the rules whose conditions all hold,
/// with every matching rule as a reason (most severe first). No matching rule: conditional, with no reasons.
/// </summary>
public static class DiagnosisEvaluator
{
    public static DiagnosisResult Evaluate(DiagnosisContent content, IReadOnlyDictionary<string, string> answers)
    {
        var matching = content.Rules
            .Where(rule => rule.When.All(condition => answers.TryGetValue(condition.Key, out var answer) && condition.Value.Contains(answer)))
            .Select((rule, order) => (rule, order))
            .OrderByDescending(m => m.rule.Verdict)
            .ThenBy(m => m.order)
            .Select(m => new DiagnosisReason(m.rule.Id, m.rule.Verdict, m.rule.Reason, m.rule.Source))
            .ToArray();
        var verdict = matching.Length == 0 ? Verdict.Conditional : matching[0].Verdict;
        return new DiagnosisResult(verdict, matching);
    }
}
