namespace Kyodo.Bot.Stats;

/// <summary>How many of one kind (a verdict, a method id, a reason, an outcome, a rating …).</summary>
public sealed record CountItem(string Key, int Count);
