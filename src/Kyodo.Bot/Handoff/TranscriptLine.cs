namespace Kyodo.Bot.Handoff;

/// <summary>Who said what, when, in a consultation transcript.</summary>
public enum Speaker { Person, Bot, Staff }

public sealed record TranscriptLine(Speaker Speaker, string Text, DateTimeOffset At, string? Name = null);
