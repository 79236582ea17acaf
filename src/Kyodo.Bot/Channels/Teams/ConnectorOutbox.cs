using System.Globalization;
using System.Text.Json;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Storage;

namespace Kyodo.Bot.Channels.Teams;

/// <summary>
/// The bot's replies the Bot Connector did not take, not even after the retries of the request that produced them:
/// kept in the database and tried again by <see cref="ConnectorRedelivery"/>, in order and each once, until delivered
/// or marked failed with the reason. Several instances share the outbox; each due entry goes to one of them at a time,
/// and each instance hears of the entries the others add (<see cref="AnnouncementListener"/>).
/// </summary>
public sealed class ConnectorOutbox(Database database, TimeProvider clock) : IPersonalDataEraser, IAnnouncementSubscriber
{
    /// <summary>An entry's replies still to deliver, first one first.</summary>
    public sealed record Entry(long Sequence, string ChannelId, string ServiceUrl, string ConversationId, string ReplyToId, IReadOnlyList<Activity> Replies, int Attempts, DateTimeOffset Since);

    /// <summary>What an entry has come to (for the log, the tests and whoever looks after the bot).</summary>
    public sealed record Outcome(long Sequence, string ConversationId, string Status, int Attempts, int Replies, string? Error);

    /// <summary>Instances claim due entries one at a time, so an entry is never tried by two at once.</summary>
    private const long ClaimLockKey = 0x436f6e6e;

    /// <summary>The PostgreSQL NOTIFY channel every new entry is announced on, to every instance.</summary>
    public const string AddedChannel = "kyodo_outbox_added";

    /// <summary>
    /// Whether entries not delivered yet may exist: set by every entry added (here, or announced by another instance),
    /// cleared by <see cref="RefreshAsync"/> when the table has none. Used only while every entry added is known here.
    /// </summary>
    private volatile bool _mayHavePending = true;

    /// <summary>SQLite: only this instance adds entries. PostgreSQL: while the others' announcements are heard.</summary>
    private volatile bool _knowsEveryEntry = !database.IsSharedByInstances;

    /// <summary>Counts entries added and changes of listening, so a refresh that raced with one is not trusted.</summary>
    private long _changes;

    /// <summary>
    /// Keeps <paramref name="replies"/> to <paramref name="incoming"/>, which the Connector did not take: to be tried again,
    /// or already failed when the Connector refused them for good.
    /// </summary>
    public Task AddAsync(Activity incoming, IReadOnlyList<Activity> replies, Exception notTaken, CancellationToken cancellationToken) =>
        InsertAsync(incoming, replies, IsRefusedForGood(notTaken) ? "failed" : "pending", attempts: 1, notTaken.Message, cancellationToken);

    /// <summary>Queues <paramref name="replies"/> behind the conversation's earlier replies still waiting here, so they go out in order.</summary>
    public Task QueueBehindAsync(Activity incoming, IReadOnlyList<Activity> replies, CancellationToken cancellationToken) =>
        InsertAsync(incoming, replies, "pending", attempts: 0, "Waiting behind earlier replies to this conversation.", cancellationToken);

    /// <summary>Whether replies to the conversation still wait here (a query only while any may wait).</summary>
    public async Task<bool> HasPendingAsync(string conversationId, CancellationToken cancellationToken) =>
        (_mayHavePending || !_knowsEveryEntry)
        && await database.ScalarAsync("SELECT 1 FROM connector_outbox WHERE status = 'pending' AND conversation_id = @conversation LIMIT 1",
            cancellationToken, ("@conversation", conversationId)).ConfigureAwait(false) is not null;

    /// <summary>Learns whether any entry waits at all, so that ordinary turns need not ask.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var changesBefore = Interlocked.Read(ref _changes);
        var any = await database.ScalarAsync("SELECT 1 FROM connector_outbox WHERE status = 'pending' LIMIT 1", cancellationToken).ConfigureAwait(false) is not null;
        // An entry added meanwhile may not have been seen by the query: then the answer is not trusted.
        if (!any && Interlocked.Read(ref _changes) != changesBefore) return;
        _mayHavePending = any;
    }

    internal bool KnowsEveryEntry => _knowsEveryEntry;

    string IAnnouncementSubscriber.Channel => AddedChannel;

    void IAnnouncementSubscriber.Heard(string payload) => MayHavePending();

    /// <summary>What was added while not listening is unknown: the next refresh finds out, and turns ask meanwhile.</summary>
    void IAnnouncementSubscriber.Listening(bool listening)
    {
        MayHavePending();
        _knowsEveryEntry = listening;
    }

    private void MayHavePending()
    {
        Interlocked.Increment(ref _changes);
        _mayHavePending = true;
    }

    // PostgreSQL delivers the announcement when the insert commits, never without it.
    private async Task InsertAsync(Activity incoming, IReadOnlyList<Activity> replies, string status, int attempts, string reason, CancellationToken cancellationToken)
    {
        MayHavePending();
        var now = StoredTime.Text(clock.GetUtcNow());
        await database.ExecuteAsync("""
            INSERT INTO connector_outbox (channel_id, user_id, service_url, conversation_id, reply_to_id, replies, status, attempts, error, created_at, next_attempt_at)
            VALUES (@channel, @user, @service, @conversation, @replyTo, @replies, @status, @attempts, @error, @now, @now)
            """ + (database.IsSharedByInstances ? $"; SELECT pg_notify('{AddedChannel}', '')" : ""), cancellationToken,
            ("@channel", incoming.ChannelId ?? ""), ("@user", incoming.From?.Id ?? ""), ("@service", incoming.ServiceUrl ?? ""),
            ("@conversation", incoming.Conversation?.Id ?? ""), ("@replyTo", incoming.Id ?? ""), ("@replies", Json(replies)),
            ("@status", status), ("@attempts", attempts), ("@error", reason), ("@now", now)).ConfigureAwait(false);
    }

    /// <summary>A 4xx other than 429, or a service URL never authenticated: trying again cannot succeed.</summary>
    public static bool IsRefusedForGood(Exception notTaken) =>
        notTaken is InvalidOperationException
        || (notTaken is HttpRequestException { StatusCode: { } status } && (int)status is >= 400 and < 500 and not 429);

    /// <summary>
    /// Up to <paramref name="limit"/> due entries, oldest first, kept from other instances for <paramref name="lease"/>;
    /// not one whose conversation has an earlier entry that is not due yet (its replies go out in order).
    /// </summary>
    public async Task<IReadOnlyList<Entry>> ClaimDueAsync(int limit, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await database.LockAsync(connection, transaction, ClaimLockKey, cancellationToken).ConfigureAwait(false);
        await using var claim = Database.Command(connection, transaction, """
            UPDATE connector_outbox SET next_attempt_at = @until
            WHERE seq IN (
                SELECT seq FROM connector_outbox c
                WHERE c.status = 'pending' AND c.next_attempt_at <= @now
                  AND NOT EXISTS (SELECT 1 FROM connector_outbox o WHERE o.status = 'pending' AND o.conversation_id = c.conversation_id
                                  AND o.seq < c.seq AND o.next_attempt_at > @now)
                ORDER BY c.seq LIMIT @limit)
            RETURNING seq, channel_id, service_url, conversation_id, reply_to_id, replies, attempts, created_at
            """, ("@until", StoredTime.Text(now + lease)), ("@now", StoredTime.Text(now)), ("@limit", limit));
        var claimed = new List<Entry>();
        await using (var reader = await claim.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                claimed.Add(new Entry(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    JsonSerializer.Deserialize<List<Activity>>(reader.GetString(5), BotJson.Options) ?? [],
                    Convert.ToInt32(reader.GetValue(6), CultureInfo.InvariantCulture), StoredTime.Parse(reader.GetString(7))));
            }
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        claimed.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));   // RETURNING promises no order
        return claimed;
    }

    /// <summary>Some replies went out: only <paramref name="remaining"/> are left (none: the entry is done and removed).</summary>
    public Task DeliveredAsync(long sequence, IReadOnlyList<Activity> remaining, CancellationToken cancellationToken) =>
        remaining.Count == 0
            ? database.ExecuteAsync("DELETE FROM connector_outbox WHERE seq = @seq", cancellationToken, ("@seq", sequence))
            : database.ExecuteAsync("UPDATE connector_outbox SET replies = @replies WHERE seq = @seq", cancellationToken, ("@seq", sequence), ("@replies", Json(remaining)));

    public Task RetryLaterAsync(long sequence, int attempts, DateTimeOffset at, string error, CancellationToken cancellationToken) =>
        database.ExecuteAsync("UPDATE connector_outbox SET attempts = @attempts, next_attempt_at = @at, error = @error WHERE seq = @seq",
            cancellationToken, ("@seq", sequence), ("@attempts", attempts), ("@at", StoredTime.Text(at)), ("@error", error));

    public Task FailAsync(long sequence, int attempts, string error, CancellationToken cancellationToken) =>
        database.ExecuteAsync("UPDATE connector_outbox SET status = 'failed', attempts = @attempts, error = @error WHERE seq = @seq",
            cancellationToken, ("@seq", sequence), ("@attempts", attempts), ("@error", error));

    /// <summary>The entries not delivered yet (pending) or given up (failed), oldest first.</summary>
    public async Task<IReadOnlyList<Outcome>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Database.Command(connection, "SELECT seq, conversation_id, status, attempts, replies, error FROM connector_outbox ORDER BY seq");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var all = new List<Outcome>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            all.Add(new Outcome(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture),
                JsonSerializer.Deserialize<List<Activity>>(reader.GetString(4), BotJson.Options)?.Count ?? 0, reader.IsDBNull(5) ? null : reader.GetString(5)));
        }
        return all;
    }

    /// <summary>Replies to a person who asked for their data to be deleted are not sent any more.</summary>
    public Task EraseAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        database.ExecuteAsync("DELETE FROM connector_outbox WHERE channel_id = @channel AND user_id = @user", cancellationToken, ("@channel", channelId), ("@user", userId));

    private static string Json(IReadOnlyList<Activity> replies) => JsonSerializer.Serialize(replies, BotJson.Options);

}
