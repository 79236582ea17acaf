namespace Kyodo.Bot.Guidance;

/// <summary>A number read from text and the word written right after it (「三十万円」 → 300000, 円; 「3人」 → 3, 人).</summary>
public sealed record Amount(decimal Value, string Unit);
