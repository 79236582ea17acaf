namespace Kyodo.Bot.Conversation;

/// <summary>Limits on what the bot reads (bound to the <c>Bot</c> settings section).</summary>
public sealed class BotLimits
{
    /// <summary>Longer messages get a polite "please shorten it" instead of being processed.</summary>
    public int MaxTextLength { get; set; } = 2000;

    /// <summary>Turns one person may have per minute on average (per instance); more are not run.</summary>
    public int TurnsPerMinutePerPerson { get; set; } = 30;

    /// <summary>Turns one person may send at once before the per-minute rate applies.</summary>
    public int TurnBurstPerPerson { get; set; } = 10;
}
