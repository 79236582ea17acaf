using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

public enum FaqAnswerKind
{
    /// <summary>One entry clearly answers the question.</summary>
    Best,
    /// <summary>A few entries are about equally close: let the person choose.</summary>
    Choose,
    /// <summary>Nothing is close enough: say honestly that we do not know.</summary>
    None,
}

/// <summary>A ranked entry; <see cref="Score"/> is 0..1, the share of the question's n-gram weight the entry covers.</summary>
public sealed record FaqMatch(FaqEntry Entry, double Score);

public sealed record FaqAnswer(FaqAnswerKind Kind, IReadOnlyList<FaqMatch> Matches);
