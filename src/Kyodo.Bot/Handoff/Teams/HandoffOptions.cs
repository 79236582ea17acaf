namespace Kyodo.Bot.Handoff.Teams;

/// <summary>Settings of the handoff desk's Teams side (section <c>Handoff</c>).</summary>
public sealed class HandoffOptions
{
    public const string Section = "Handoff";

    /// <summary>Teams users (AAD object ids) allowed to bind a channel to a desk with 「窓口登録 &lt;desk id&gt;」.</summary>
    public List<string> TeamsAdmins { get; set; } = [];
}
