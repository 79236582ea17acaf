namespace Kyodo.Bot.Handoff.Console;

/// <summary>A console sign-in: who, which desk, whether an admin (sees every desk), and the lockout counters.</summary>
public sealed record StaffAccount(
    string UserName,
    string DisplayName,
    string DeskId,
    bool IsAdmin,
    string PasswordHash,
    int FailedAttempts,
    DateTimeOffset? LockedUntil)
{
    /// <summary>How the handoff desk knows this person: <c>console:{user name}</c>.</summary>
    public StaffMember AsStaffMember() => new("console:" + UserName, DisplayName, DeskId, IsAdmin);
}
