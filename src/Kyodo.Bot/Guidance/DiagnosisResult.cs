using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

/// <summary>
/// The overall verdict and the reasons behind it, most severe first. <see cref="NeedsJudgement"/>: the criteria alone
/// cannot settle it (conditional, and no rule decided or the person was unsure of several answers), so a person should help.
/// </summary>
public sealed record DiagnosisResult(Verdict Verdict, IReadOnlyList<DiagnosisReason> Reasons, bool NeedsJudgement = false);
