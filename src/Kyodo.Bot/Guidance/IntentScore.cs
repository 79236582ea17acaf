namespace Kyodo.Bot.Guidance;

/// <summary>How well an utterance fits one intent: keywords, closeness to the examples, and (for questions) the FAQ.</summary>
public sealed record IntentScore(string Intent, double Score);
