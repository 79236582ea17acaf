namespace Kyodo.Bot.Stats;

/// <summary>
/// One 年度's figures for the 事業改善シート: consultations (null where not counted per desk), escalations, closed
/// tickets, the share of ratings 4–5 and the average rating (null without ratings).
/// </summary>
public sealed record FiscalYearSummary(int Year, int? Consultations, int Escalations, int Closed, double? SatisfiedShare, double? AverageRating);
