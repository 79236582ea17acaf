namespace Kyodo.Bot.Content;

/// <summary>
/// One thing a person may want when they type freely (dialogs/intents.yaml): keywords that point to it, example phrases
/// compared by character n-grams, and for small talk / out of scope the message the bot answers with.
/// </summary>
public sealed record IntentDefinition(
    string Id,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Examples,
    string? Message,
    IReadOnlyList<IntentReply> Replies,
    double KeywordWeight = 1.0);
