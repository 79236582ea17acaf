using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

/// <summary>
/// An organisation offered to the person, its score and why it fits. It carries the directory entry as the person may see
/// it; the staff-only contact route is not part of a match.
/// </summary>
public sealed record PartnerMatch(PartnerEntry Partner, int Score, IReadOnlyList<PartnerReason> Reasons);
