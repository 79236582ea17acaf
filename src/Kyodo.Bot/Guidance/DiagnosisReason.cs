using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

/// <summary>One matching diagnosis rule: its verdict and the reason text (from dialogs/) with its source.</summary>
public sealed record DiagnosisReason(string RuleId, Verdict Verdict, string Text, SourceRef Source);
