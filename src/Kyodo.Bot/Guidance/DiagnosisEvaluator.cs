using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

/// <summary>Decides 「協働に向いているか」 from the answers given to the diagnosis questions.</summary>
public static class DiagnosisEvaluator
{
    /// <summary>The answer id content gives 「わからない」 (the recognizer maps the unsure words to it).</summary>
    public const string UnsureAnswer = "unsure";

    /// <summary>From this many 「わからない」 answers on, a conditional verdict is a judgement call for a person.</summary>
    public const int UnsureAnswersNeedingJudgement = 2;

    /// <summary>
    /// answers: question id → answer id. A rule matches when every condition holds (the question was answered
    /// with one of the listed ids). Verdict = most severe matching rule (NotSuitable &gt; Conditional &gt; Suitable);
    /// no matching rule → Conditional with no reasons. Reasons: all matching rules, most severe first, file order within.
    /// </summary>
    public static DiagnosisResult Evaluate(DiagnosisContent content, IReadOnlyDictionary<string, string> answers)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(answers);

        var reasons = content.Rules
            .Where(rule => Matches(rule, answers))
            .Select(rule => new DiagnosisReason(rule.Id, rule.Verdict, rule.Reason, rule.Source))
            .OrderByDescending(reason => Severity(reason.Verdict)) // stable: file order within a verdict
            .ToList();

        var verdict = reasons.Count == 0 ? Verdict.Conditional : reasons[0].Verdict;
        var unsure = answers.Values.Count(answer => answer == UnsureAnswer);
        var needsJudgement = verdict == Verdict.Conditional && answers.Count > 0 && (reasons.Count == 0 || unsure >= UnsureAnswersNeedingJudgement);
        return new DiagnosisResult(verdict, reasons, needsJudgement);
    }

    internal static bool Matches(DiagnosisRule rule, IReadOnlyDictionary<string, string> answers) =>
        rule.When.All(condition =>
            answers.TryGetValue(condition.Key, out var answer) && condition.Value.Contains(answer, StringComparer.Ordinal));

    /// <summary>Higher is more severe; explicit so the enum's declaration order does not matter.</summary>
    internal static int Severity(Verdict verdict) => verdict switch
    {
        Verdict.NotSuitable => 2,
        Verdict.Conditional => 1,
        _ => 0,
    };
}
