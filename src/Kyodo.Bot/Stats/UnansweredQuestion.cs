namespace Kyodo.Bot.Stats;

/// <summary>A question the bot could not answer (masked), how often it was asked, and when last.</summary>
public sealed record UnansweredQuestion(string Text, int Count, DateTimeOffset LastAsked);
