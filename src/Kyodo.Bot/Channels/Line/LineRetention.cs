using Kyodo.Bot.Storage;
using Microsoft.Extensions.Options;

namespace Kyodo.Bot.Channels.Line;

/// <summary>
/// Keeps LINE personal data only as long as <see cref="LineOptions.RetentionDays"/> says: processed webhook events
/// older than that are deleted, and so is everything about a person who unfollowed that long ago.
/// </summary>
public sealed class LineRetention(Database database, IOptions<LineOptions> options, TimeProvider clock)
{
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().AddDays(-options.Value.RetentionDays).ToString("O");
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM line_inbox WHERE status <> 'pending' AND received_at < @cutoff;
            DELETE FROM state WHERE key IN (
                SELECT 'line/users/' || user_id FROM line_followers WHERE unfollowed_at < @cutoff
                UNION SELECT 'line/conversations/' || user_id FROM line_followers WHERE unfollowed_at < @cutoff);
            DELETE FROM line_followers WHERE unfollowed_at < @cutoff;
            """;
        command.Bind("@cutoff", cutoff);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
