namespace Kyodo.Bot.DirectLine;

/// <summary>The <c>DirectLine</c> settings section: the local try-it channel.</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>Serve the try-it page and the Direct Line endpoint. On by default for local use.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>When set, starting a conversation needs <c>Authorization: Bearer &lt;secret&gt;</c>. Empty: open (local use).</summary>
    public string Secret { get; set; } = "";

    public int TokenLifetimeMinutes { get; set; } = 60;

    /// <summary>Conversations kept in memory; the least recently used beyond this are forgotten (their bot state stays stored).</summary>
    public int MaxConversations { get; set; } = 1000;

    /// <summary>Activities kept per conversation for Web Chat to fetch; older ones are dropped.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>Request bodies over this size get 413.</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;
}
