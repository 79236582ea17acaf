namespace Kyodo.Bot.Content;

/// <summary>A more specific answer of an intent: when the text contains one of <see cref="Keywords"/>, say <see cref="Message"/> (a messages.yaml key).</summary>
public sealed record IntentReply(IReadOnlyList<string> Keywords, string Message);
