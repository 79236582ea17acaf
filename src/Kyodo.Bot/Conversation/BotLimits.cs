namespace Kyodo.Bot.Conversation;

/// <summary>Limits on what the bot reads (bound to the <c>Bot</c> settings section).</summary>
public sealed class BotLimits
{
    /// <summary>Longer messages get a polite "please shorten it" instead of being processed.</summary>
    public int MaxTextLength { get; set; } = 2000;
}
