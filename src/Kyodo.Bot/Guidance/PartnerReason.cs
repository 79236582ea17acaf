namespace Kyodo.Bot.Guidance;

/// <summary>One reason an organisation fits, and the points it earned. <see cref="Value"/> is a resource or field id, or an area name.</summary>
public sealed record PartnerReason(PartnerReasonKind Kind, string? Value, int Points);
