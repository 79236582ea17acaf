using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

/// <summary>The overall verdict and the reasons behind it, most severe first.</summary>
public sealed record DiagnosisResult(Verdict Verdict, IReadOnlyList<DiagnosisReason> Reasons);
