namespace Kyodo.Bot.Guidance;

/// <summary>An area found in free text: the prefecture, and the municipality when one was named (null for 「山口に住んでいます」).</summary>
public sealed record MunicipalityMatch(string Prefecture, string? Municipality);
