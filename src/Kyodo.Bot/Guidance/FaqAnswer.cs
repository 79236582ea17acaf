namespace Kyodo.Bot.Guidance;

/// <summary>Best: one match; Choose: the 2–3 close candidates, best first; None: no matches.</summary>
public sealed record FaqAnswer(FaqAnswerKind Kind, IReadOnlyList<FaqMatch> Matches);
