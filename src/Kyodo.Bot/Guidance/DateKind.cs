namespace Kyodo.Bot.Guidance;

/// <summary>How precise a recognized date is: a day, a month, a calendar year, or a fiscal year (年度).</summary>
public enum DateKind { Day, Month, Year, FiscalYear }
