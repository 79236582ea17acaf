namespace Kyodo.Bot.Handoff.Console.Stats;

/// <summary>One stacked part of every column (a channel), with one value per column.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);
