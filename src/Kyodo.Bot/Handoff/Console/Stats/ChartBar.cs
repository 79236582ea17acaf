namespace Kyodo.Bot.Handoff.Console.Stats;

/// <summary>One bar of a horizontal chart: its label, length, and the value as written next to it.</summary>
public sealed record ChartBar(string Label, double Value, string ValueText);
