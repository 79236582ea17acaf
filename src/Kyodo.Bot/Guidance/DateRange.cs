namespace Kyodo.Bot.Guidance;

/// <summary>A recognized date as a range of days, both ends included: 「来月」 → that month's first to last day.</summary>
public sealed record DateRange(DateOnly Start, DateOnly End, DateKind Kind);
