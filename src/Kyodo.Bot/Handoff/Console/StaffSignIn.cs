namespace Kyodo.Bot.Handoff.Console;

/// <summary>
/// Checks a console sign-in: five wrong passwords lock the account for fifteen minutes. Unknown user, wrong password
/// and locked account all answer null, so the sign-in page cannot tell who has an account.
/// </summary>
public sealed class StaffSignIn(StaffAccounts accounts, TimeProvider clock)
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    // Verified against when the user does not exist, so an unknown name takes as long as a wrong password.
    private static readonly string UnknownUserHash = StaffPasswordHasher.Hash(Guid.NewGuid().ToString());

    public async Task<StaffAccount?> CheckAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(userName, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            StaffPasswordHasher.Verify(password, UnknownUserHash);
            return null;
        }
        var now = clock.GetUtcNow();
        if (account.LockedUntil is { } lockedUntil && lockedUntil > now) return null;
        if (!StaffPasswordHasher.Verify(password, account.PasswordHash))
        {
            await accounts.RecordFailureAsync(userName, MaxFailedAttempts, now + LockoutDuration, cancellationToken).ConfigureAwait(false);
            return null;
        }
        await accounts.ResetFailuresAsync(userName, cancellationToken).ConfigureAwait(false);
        return account;
    }
}
