using System.Security.Cryptography;
using System.Text;
using Kyodo.Bot.Storage;

namespace Kyodo.Bot.Channels.Line;

/// <summary>One stored webhook event waiting to be (or already) processed.</summary>
public sealed record InboxEvent(long Sequence, string EventId, string UserKey, string Body);

/// <summary>
/// Webhook events stored durably before LINE gets its 200, so a crash loses nothing; processed later in order.
/// A redelivered event (same <c>webhookEventId</c>) is stored once and so processed once.
/// </summary>
public sealed class LineInbox(Database database) : IPersonalDataEraser
{
    /// <summary>
    /// With one instance (SQLite) the people known to follow (not unfollowed), since a message's turn asks on every
    /// event; only this instance records an unfollow, and it forgets them then. Those who unfollowed are always asked
    /// (retention deletes them from the table). With several instances another may have seen the unfollow: asked each time.
    /// </summary>
    private readonly FingerprintMemory? _following = database.IsSharedByInstances ? null : new(10_000);

    /// <summary>The one value <see cref="_following"/> remembers for a person.</summary>
    private static readonly UInt128 Following = UInt128.One;

    /// <summary>Counts unfollows and erasures, so a lookup that raced with one does not record "follows".</summary>
    private long _unfollows;

    // Every webhook's events and every event's outcome are small writes: committed in groups.
    private GroupCommit Writes => database.SmallWrites;

    /// <summary>Stores the events in one transaction (shared with other webhooks' by group commit); returns how many were new.</summary>
    public Task<int> AddAsync(IReadOnlyList<LineEvent> events, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow.ToString("O");
        var rows = events.Select(lineEvent =>
        {
            var body = lineEvent.Json.GetRawText();
            var id = lineEvent.WebhookEventId ?? "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
            return (Id: id, User: lineEvent.ConversationKey, Message: lineEvent.MessageId, Body: body);
        }).ToArray();
        return Writes.RunAsync(async group =>
        {
            var added = 0;
            foreach (var row in rows)
            {
                added += await group.Command("""
                    INSERT INTO line_inbox (event_id, user_key, message_id, body, received_at)
                    VALUES (@id, @user, @message, @body, @now) ON CONFLICT(event_id) DO NOTHING
                    """, ("@id", row.Id), ("@user", row.User), ("@message", row.Message), ("@body", row.Body), ("@now", now))
                    .ExecuteNonQueryAsync().ConfigureAwait(false);
            }
            return added;
        }, cancellationToken);
    }

    /// <summary>The oldest pending events, in the order they arrived.</summary>
    public async Task<IReadOnlyList<InboxEvent>> PendingAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, event_id, user_key, body FROM line_inbox WHERE status = 'pending' ORDER BY seq LIMIT @limit";
        command.Bind("@limit", limit);
        var pending = new List<InboxEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            pending.Add(new InboxEvent(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        return pending;
    }

    public Task MarkDoneAsync(long sequence, CancellationToken cancellationToken) =>
        WriteAsync("UPDATE line_inbox SET status = 'done', attempts = attempts + 1, error = NULL WHERE seq = @seq",
            cancellationToken, ("@seq", sequence));

    /// <summary>Records why an event could not be delivered; it is kept for the operators, never silently dropped.</summary>
    public Task MarkFailedAsync(long sequence, string reason, CancellationToken cancellationToken) =>
        WriteAsync("UPDATE line_inbox SET status = 'failed', attempts = attempts + 1, error = @error WHERE seq = @seq",
            cancellationToken, ("@seq", sequence), ("@error", reason));

    private Task<int> WriteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        Writes.RunAsync(group => group.Command(sql, parameters).ExecuteNonQueryAsync(), cancellationToken);

    /// <summary>An unsent message leaves our records: its stored event body is replaced by a note.</summary>
    public Task RedactMessageAsync(string messageId, CancellationToken cancellationToken) =>
        database.ExecuteAsync("UPDATE line_inbox SET body = '{\"redacted\":\"unsent by the user\"}' WHERE message_id = @message",
            cancellationToken, ("@message", messageId));

    public async Task<(string Status, string? Error, string Body)?> FindAsync(string eventId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status, error, body FROM line_inbox WHERE event_id = @id";
        command.Bind("@id", eventId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        return (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2));
    }

    /// <summary>
    /// Leases up to <paramref name="limit"/> more pending events to <paramref name="instance"/> and returns them, oldest
    /// first; the events it already holds keep their lease (renewed once half of it is gone) and are not returned again,
    /// unless <paramref name="retakeHeld"/> (an instance starting again under the same name takes its events back).
    /// A person's events go to one instance at a time (none of theirs is leased elsewhere), so their order holds across
    /// instances; a crashed instance's lease simply runs out.
    /// </summary>
    public async Task<IReadOnlyList<InboxEvent>> ClaimAsync(
        string instance, int limit, TimeSpan lease, CancellationToken cancellationToken, bool retakeHeld = false)
    {
        var now = DateTimeOffset.UtcNow;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await database.LockAsync(connection, transaction, ClaimLockKey, cancellationToken).ConfigureAwait(false);
        await using (var renew = Database.Command(connection, transaction, """
            UPDATE line_inbox SET claimed_until = @until WHERE status = 'pending' AND claimed_by = @me AND claimed_until >= @now AND claimed_until < @half
            """, ("@me", instance), ("@until", (now + lease).ToString("O")), ("@now", now.ToString("O")), ("@half", (now + lease / 2).ToString("O"))))
            await renew.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await using var claim = Database.Command(connection, transaction, """
            UPDATE line_inbox SET claimed_by = @me, claimed_until = @until
            WHERE seq IN (
                SELECT seq FROM line_inbox p
                WHERE p.status = 'pending' AND (p.claimed_until IS NULL OR p.claimed_until < @now OR (@retake = 1 AND p.claimed_by = @me))
                  AND p.user_key NOT IN (SELECT o.user_key FROM line_inbox o WHERE o.status = 'pending'
                                         AND o.claimed_by <> @me AND o.claimed_until >= @now)
                ORDER BY seq LIMIT @limit)
            RETURNING seq, event_id, user_key, body
            """,
            ("@me", instance), ("@until", (now + lease).ToString("O")), ("@now", now.ToString("O")), ("@retake", retakeHeld ? 1 : 0), ("@limit", limit));
        var claimed = new List<InboxEvent>();
        await using (var reader = await claim.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                claimed.Add(new InboxEvent(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        claimed.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));   // RETURNING promises no order
        return claimed;
    }

    /// <summary>Instances take leases one at a time, so two never split one person's events between them.</summary>
    private const long ClaimLockKey = 0x4c696e65;

    public async Task<long> PendingCountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM line_inbox WHERE status = 'pending'";
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public async Task SetFollowingAsync(string userId, bool following, CancellationToken cancellationToken)
    {
        await database.ExecuteAsync(following
                ? "DELETE FROM line_followers WHERE user_id = @user"
                : "INSERT INTO line_followers (user_id, unfollowed_at) VALUES (@user, @now) ON CONFLICT(user_id) DO UPDATE SET unfollowed_at = @now",
            cancellationToken, ("@user", userId), ("@now", DateTimeOffset.UtcNow.ToString("O"))).ConfigureAwait(false);
        if (following) RememberFollowing(userId, Volatile.Read(ref _unfollows));
        else ForgetFollowing(userId);
    }

    public async Task<bool> HasUnfollowedAsync(string userId, CancellationToken cancellationToken)
    {
        if (_following?.Has(Fingerprint.Of(userId), Following) == true) return false;
        var unfollowsBefore = Volatile.Read(ref _unfollows);
        var unfollowed = await database.ScalarAsync("SELECT 1 FROM line_followers WHERE user_id = @user", cancellationToken, ("@user", userId)).ConfigureAwait(false) is not null;
        if (!unfollowed) RememberFollowing(userId, unfollowsBefore);
        return unfollowed;
    }

    /// <summary>Remembers that the person follows, unless an unfollow was recorded since <paramref name="unfollowsBefore"/> was read.</summary>
    private void RememberFollowing(string userId, long unfollowsBefore)
    {
        if (_following is null) return;
        lock (_following)
        {
            if (_unfollows == unfollowsBefore) _following.Remember(Fingerprint.Of(userId), Following);
        }
    }

    /// <summary>After the database says so: a lookup that read before it and remembers after it is stopped by the count.</summary>
    private void ForgetFollowing(string userId)
    {
        if (_following is null) return;
        lock (_following)
        {
            _unfollows++;
            _following.Forget(Fingerprint.Of(userId));
        }
    }

    /// <summary>A person asked to be forgotten: their processed events (with what they wrote) go.</summary>
    public async Task EraseAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        if (channelId != LineRenderer.ChannelId) return;
        await database.ExecuteAsync("DELETE FROM line_inbox WHERE user_key = @user AND status <> 'pending'; DELETE FROM line_followers WHERE user_id = @user",
            cancellationToken, ("@user", userId)).ConfigureAwait(false);
        ForgetFollowing(userId);
    }
}
