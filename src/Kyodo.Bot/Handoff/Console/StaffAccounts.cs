using System.Globalization;
using Kyodo.Bot.Storage;
using System.Data.Common;

namespace Kyodo.Bot.Handoff.Console;

/// <summary>Console accounts in the <c>staff_accounts</c> table of the bot's SQLite file.</summary>
public sealed class StaffAccounts(Database database)
{
    private const string Columns = "user_name, display_name, desk_id, is_admin, password_hash, failed_attempts, locked_until";

    /// <summary>Adds the account, or replaces it (new password, desk, name) when the user name exists.</summary>
    public Task SaveAsync(string userName, string displayName, string deskId, bool isAdmin, string passwordHash, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            $"INSERT INTO staff_accounts ({Columns}) VALUES (@user, @name, @desk, @admin, @hash, 0, NULL) " +
            "ON CONFLICT (user_name) DO UPDATE SET display_name = @name, desk_id = @desk, is_admin = @admin, password_hash = @hash, failed_attempts = 0, locked_until = NULL",
            cancellationToken, ("@user", userName), ("@name", displayName), ("@desk", deskId), ("@admin", isAdmin ? 1 : 0), ("@hash", passwordHash));

    public async Task<bool> RemoveAsync(string userName, CancellationToken cancellationToken) =>
        await database.ExecuteAsync("DELETE FROM staff_accounts WHERE user_name = @user", cancellationToken, ("@user", userName)).ConfigureAwait(false) == 1;

    public async Task<StaffAccount?> FindAsync(string userName, CancellationToken cancellationToken) =>
        (await QueryAsync($"SELECT {Columns} FROM staff_accounts WHERE user_name = @user", cancellationToken, ("@user", userName)).ConfigureAwait(false)).FirstOrDefault();

    public Task<IReadOnlyList<StaffAccount>> ListAsync(CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM staff_accounts ORDER BY desk_id, user_name", cancellationToken);

    /// <summary>Counts a wrong password; at <paramref name="limit"/> failures the account is locked until <paramref name="lockUntil"/> and the count starts again.</summary>
    public Task RecordFailureAsync(string userName, int limit, DateTimeOffset lockUntil, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "UPDATE staff_accounts SET " +
            "locked_until = CASE WHEN failed_attempts + 1 >= @limit THEN @until ELSE locked_until END, " +
            "failed_attempts = CASE WHEN failed_attempts + 1 >= @limit THEN 0 ELSE failed_attempts + 1 END " +
            "WHERE user_name = @user",
            cancellationToken, ("@user", userName), ("@limit", limit), ("@until", StoredTime.Text(lockUntil)));

    public Task ResetFailuresAsync(string userName, CancellationToken cancellationToken) =>
        database.ExecuteAsync("UPDATE staff_accounts SET failed_attempts = 0, locked_until = NULL WHERE user_name = @user", cancellationToken, ("@user", userName));

    private async Task<IReadOnlyList<StaffAccount>> QueryAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Database.Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var accounts = new List<StaffAccount>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            accounts.Add(new StaffAccount(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3) == 1, reader.GetString(4),
                Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture), reader.IsDBNull(6) ? null : StoredTime.Parse(reader.GetString(6))));
        return accounts;
    }

}
