namespace Kyodo.Bot.Channels.Line;

/// <summary>The <c>Line</c> settings section. Without a channel secret and access token the LINE endpoint answers 404.</summary>
public sealed class LineOptions
{
    public const string Section = "Line";

    public string ChannelSecret { get; set; } = "";
    public string ChannelAccessToken { get; set; } = "";

    /// <summary>Messaging API base URL (replies, pushes, loading animation).</summary>
    public string ApiBaseUrl { get; set; } = "https://api.line.me";

    /// <summary>Data API base URL (content downloads, rich menu images).</summary>
    public string DataApiBaseUrl { get; set; } = "https://api-data.line.me";

    /// <summary>When the reply token is used up or too old, send by push instead (push messages count against the plan's quota).</summary>
    public bool AllowPush { get; set; }

    /// <summary>Reply tokens older than this are not tried (LINE accepts them for about a minute).</summary>
    public int ReplyTokenMaxAgeSeconds { get; set; } = 50;

    /// <summary>Show LINE's loading animation when a turn has not answered within this many milliseconds.</summary>
    public int LoadingIndicatorAfterMilliseconds { get; set; } = 1000;

    /// <summary>
    /// How many people's events are processed at once (each person's still one at a time, in order). A turn spends
    /// most of its time waiting for LINE's API to take the reply, so this, not the CPU, caps a busy account's throughput.
    /// </summary>
    public int ParallelPeople { get; set; } = 64;

    /// <summary>Webhook bodies over this size get 413.</summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Seconds one API call may take before it is abandoned and retried.</summary>
    public int RequestTimeoutSeconds { get; set; } = 10;

    /// <summary>Days processed webhook events are kept, and how long after an unfollow a person's data is kept.</summary>
    public int RetentionDays { get; set; } = 90;

    public bool IsConfigured => ChannelSecret.Length > 0 && ChannelAccessToken.Length > 0;
}
