using Kyodo.Bot.Storage;
using Microsoft.Extensions.Options;

namespace Kyodo.Bot.Channels.Line;

/// <summary>
/// Keeps LINE personal data only as long as <see cref="LineOptions.RetentionDays"/> says: processed webhook events
/// older than that are deleted, and so is everything about a person who unfollowed that long ago.
/// </summary>
public sealed class LineRetention(Database database, IStateStore state, IOptions<LineOptions> options, TimeProvider clock)
{
    /// <summary>Returns how many records were deleted.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().AddDays(-options.Value.RetentionDays).ToString("O");
        var departed = await PeopleWhoLeftBeforeAsync(cutoff, cancellationToken).ConfigureAwait(false);
        // Through the state store, which also drops what it keeps in memory of these people.
        if (departed.Count > 0)
            await state.DeleteAsync([.. departed.SelectMany(user => new[] { StateKeys.User("line", user), StateKeys.Conversation("line", user) })], cancellationToken).ConfigureAwait(false);
        var deleted = await database.ExecuteAsync("""
            DELETE FROM line_inbox WHERE status <> 'pending' AND received_at < @cutoff;
            DELETE FROM line_followers WHERE unfollowed_at < @cutoff;
            """, cancellationToken, ("@cutoff", cutoff)).ConfigureAwait(false);
        return deleted + departed.Count;
    }

    private async Task<List<string>> PeopleWhoLeftBeforeAsync(string cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Database.Command(connection, "SELECT user_id FROM line_followers WHERE unfollowed_at < @cutoff", ("@cutoff", cutoff));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var users = new List<string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) users.Add(reader.GetString(0));
        return users;
    }
}
