namespace Kyodo.Bot.Documents;

/// <summary>The <c>Documents</c> settings section: download links for drafts.</summary>
public sealed class DocumentOptions
{
    public const string Section = "Documents";

    /// <summary>How long a download link works.</summary>
    public int LinkLifetimeMinutes { get; set; } = 60 * 24;

    /// <summary>The public address people reach the host at (for links sent on LINE). Empty: the address the request came to.</summary>
    public string PublicBaseUrl { get; set; } = "";
}
