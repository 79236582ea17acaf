using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Storage;
using System.Data.Common;

namespace Kyodo.Bot.Handoff;

/// <summary>
/// Tickets and their messages in the bot's SQLite file. State changes are single conditional UPDATEs, so two staff
/// taking the same ticket at once cannot both win.
/// </summary>
public sealed class TicketStore(Database database) : IPersonalDataEraser, IAnnouncementSubscriber
{
    /// <summary>
    /// Conversations known to have no open ticket, so the relay gate costs no query on an ordinary turn. A ticket never
    /// reopens, so only a new ticket can make an entry wrong: this instance's own removes it once the ticket is stored;
    /// with PostgreSQL another instance's is announced (<see cref="CreatedChannel"/>, <see cref="AnnouncementListener"/>),
    /// and the entries are used only while that announcement can be heard.
    /// </summary>
    private readonly FingerprintMemory _withoutOpenTicket = new(10_000);

    /// <summary>The one value <see cref="_withoutOpenTicket"/> remembers for a conversation.</summary>
    private static readonly UInt128 NoOpenTicket = UInt128.One;

    /// <summary>Whether every ticket created elsewhere would reach <see cref="ForgetNoTicket"/> (SQLite: there is no elsewhere).</summary>
    private volatile bool _knowsEveryCreation = !database.IsSharedByInstances;

    /// <summary>Counts creations, so a lookup that raced with one does not record "no open ticket".</summary>
    private long _created;

    /// <summary>The PostgreSQL NOTIFY channel a new ticket's "channel/conversation" is announced on.</summary>
    public const string CreatedChannel = "kyodo_ticket_created";

    private const string Columns = "id, desk_id, channel_id, conversation_id, user_id, reason, dossier, state, waiting_since, assigned_to, assigned_name, assigned_at, closed_at, outcome, note, rating, rating_comment, teams_card_id";

    public static string NewId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();

    public async Task CreateAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        await Insert(ticket, cancellationToken).ConfigureAwait(false);
        ForgetNoTicket(ticket.ChannelId, ticket.ConversationId);
    }

    /// <summary>A ticket was opened for the conversation (here or on another instance).</summary>
    public void ForgetNoTicket(string channelId, string conversationId)
    {
        lock (_withoutOpenTicket)
        {
            _created++;
            _withoutOpenTicket.Forget(Fingerprint.Of(channelId, conversationId));
        }
    }

    string IAnnouncementSubscriber.Channel => CreatedChannel;

    /// <summary>The payload is "channel/conversation"; a conversation id may itself contain '/', a channel id does not.</summary>
    void IAnnouncementSubscriber.Heard(string payload)
    {
        var slash = payload.IndexOf('/');
        if (slash > 0) ForgetNoTicket(payload[..slash], payload[(slash + 1)..]);
    }

    void IAnnouncementSubscriber.Listening(bool listening) => SetListening(listening);

    internal bool KnowsEveryCreation => _knowsEveryCreation;

    /// <summary>Told by the listener whether other instances' new tickets are heard; what was known before is dropped.</summary>
    public void SetListening(bool listening)
    {
        lock (_withoutOpenTicket)
        {
            _created++;
            _withoutOpenTicket.Clear();
            _knowsEveryCreation = listening;
        }
    }

    // PostgreSQL delivers the announcement when the insert commits, never without it.
    private Task Insert(Ticket ticket, CancellationToken cancellationToken) => database.ExecuteAsync(
        $"INSERT INTO tickets ({Columns}) VALUES (@id, @desk, @channel, @conversation, @user, @reason, @dossier, @state, @since, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)"
            + (database.IsSharedByInstances ? $"; SELECT pg_notify('{CreatedChannel}', @channel || '/' || @conversation)" : ""),
        cancellationToken,
        ("@id", ticket.Id), ("@desk", ticket.DeskId), ("@channel", ticket.ChannelId), ("@conversation", ticket.ConversationId),
        ("@user", ticket.UserId), ("@reason", ticket.Reason.ToString()), ("@dossier", JsonSerializer.Serialize(ticket.Dossier, BotJson.Options)),
        ("@state", TicketState.Waiting.ToString()), ("@since", StoredTime.Text(ticket.WaitingSince)));

    public async Task<Ticket?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await QueryAsync($"SELECT {Columns} FROM tickets WHERE id = @id", cancellationToken, ("@id", id)).ConfigureAwait(false)).FirstOrDefault();

    /// <summary>The conversation's ticket that is not closed yet, if any.</summary>
    public async Task<Ticket?> FindOpenAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var conversation = Fingerprint.Of(channelId, conversationId);
        if (_knowsEveryCreation && _withoutOpenTicket.Has(conversation, NoOpenTicket)) return null;
        var createdBefore = Volatile.Read(ref _created);
        var open = (await QueryAsync($"SELECT {Columns} FROM tickets WHERE channel_id = @channel AND conversation_id = @conversation AND state <> 'Closed' ORDER BY waiting_since DESC LIMIT 1",
            cancellationToken, ("@channel", channelId), ("@conversation", conversationId)).ConfigureAwait(false)).FirstOrDefault();
        if (open is null && _knowsEveryCreation)
        {
            lock (_withoutOpenTicket)
            {
                if (_created == createdBefore)
                    _withoutOpenTicket.Remember(conversation, NoOpenTicket);
            }
        }
        return open;
    }

    public async Task<Ticket?> FindByTeamsCardAsync(string cardId, CancellationToken cancellationToken) =>
        (await QueryAsync($"SELECT {Columns} FROM tickets WHERE teams_card_id = @card", cancellationToken, ("@card", cardId)).ConfigureAwait(false)).FirstOrDefault();

    /// <summary>A desk's tickets (every desk's when <paramref name="deskId"/> is null), oldest waiting first.</summary>
    public Task<IReadOnlyList<Ticket>> ListAsync(string? deskId, CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM tickets WHERE (@desk IS NULL OR desk_id = @desk) ORDER BY waiting_since", cancellationToken, ("@desk", deskId));

    /// <summary>Gives a waiting ticket to <paramref name="staff"/>; false when someone else already has it (or it is closed).</summary>
    public async Task<bool> TryAssignAsync(string id, StaffMember staff, DateTimeOffset at, CancellationToken cancellationToken) =>
        await database.ExecuteAsync("UPDATE tickets SET state = 'InProgress', assigned_to = @staff, assigned_name = @name, assigned_at = @at WHERE id = @id AND state = 'Waiting'",
            cancellationToken, ("@id", id), ("@staff", staff.Id), ("@name", staff.Name), ("@at", StoredTime.Text(at))).ConfigureAwait(false) == 1;

    public async Task<bool> TryCloseAsync(string id, TicketOutcome outcome, string? note, DateTimeOffset at, CancellationToken cancellationToken) =>
        await database.ExecuteAsync("UPDATE tickets SET state = 'Closed', outcome = @outcome, note = @note, closed_at = @at WHERE id = @id AND state <> 'Closed'",
            cancellationToken, ("@id", id), ("@outcome", outcome.ToString()), ("@note", note), ("@at", StoredTime.Text(at))).ConfigureAwait(false) == 1;

    public Task SetTeamsCardAsync(string id, string cardId, CancellationToken cancellationToken) =>
        database.ExecuteAsync("UPDATE tickets SET teams_card_id = @card WHERE id = @id", cancellationToken, ("@id", id), ("@card", cardId));

    public Task RateAsync(string id, int rating, string? comment, CancellationToken cancellationToken) =>
        database.ExecuteAsync("UPDATE tickets SET rating = @rating, rating_comment = COALESCE(@comment, rating_comment) WHERE id = @id AND state = 'Closed'",
            cancellationToken, ("@id", id), ("@rating", rating), ("@comment", comment));

    public async Task<long> AddMessageAsync(string ticketId, TranscriptLine line, bool delivered, CancellationToken cancellationToken) =>
        (await InsertMessageAsync(ticketId, line, delivered, null, cancellationToken).ConfigureAwait(false))!.Value;

    /// <summary>
    /// Keeps what the person sent in <paramref name="activityId"/>, once: false when that activity's message is already
    /// kept (the turn ran again after a conflicting save, or the channel delivered the activity again).
    /// </summary>
    public async Task<bool> AddPersonMessageOnceAsync(string ticketId, TranscriptLine line, string? activityId, CancellationToken cancellationToken) =>
        await InsertMessageAsync(ticketId, line, delivered: true, activityId, cancellationToken).ConfigureAwait(false) is not null;

    private async Task<long?> InsertMessageAsync(string ticketId, TranscriptLine line, bool delivered, string? activityId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Database.Command(connection,
            """
            INSERT INTO ticket_messages (ticket_id, speaker, text, name, at, delivered, activity_id)
            VALUES (@ticket, @speaker, @text, @name, @at, @delivered, @activity)
            ON CONFLICT DO NOTHING RETURNING seq
            """,
            ("@ticket", ticketId), ("@speaker", line.Speaker.ToString()), ("@text", line.Text), ("@name", line.Name), ("@at", StoredTime.Text(line.At)),
            ("@delivered", delivered ? 1 : 0), ("@activity", activityId));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is { } seq and not DBNull ? Convert.ToInt64(seq, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    public Task MarkDeliveryAsync(long seq, bool delivered, string? error, CancellationToken cancellationToken) =>
        database.ExecuteAsync("UPDATE ticket_messages SET delivered = @delivered, error = @error WHERE seq = @seq",
            cancellationToken, ("@seq", seq), ("@delivered", delivered ? 1 : 0), ("@error", error));

    public async Task<IReadOnlyList<TicketMessage>> MessagesAsync(string ticketId, long afterSeq, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Database.Command(connection,
            "SELECT seq, ticket_id, speaker, text, at, name, delivered, error FROM ticket_messages WHERE ticket_id = @ticket AND seq > @after ORDER BY seq",
            ("@ticket", ticketId), ("@after", afterSeq));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var messages = new List<TicketMessage>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            messages.Add(new TicketMessage(reader.GetInt64(0), reader.GetString(1), Enum.Parse<Speaker>(reader.GetString(2)), reader.GetString(3),
                StoredTime.Parse(reader.GetString(4)), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetInt64(6) == 1, reader.IsDBNull(7) ? null : reader.GetString(7)));
        return messages;
    }

    /// <summary>A person's 「データを削除」 removes their consultations and transcripts too.</summary>
    public async Task EraseAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await database.ExecuteAsync("DELETE FROM ticket_messages WHERE ticket_id IN (SELECT id FROM tickets WHERE channel_id = @channel AND user_id = @user)",
            cancellationToken, ("@channel", channelId), ("@user", userId)).ConfigureAwait(false);
        await database.ExecuteAsync("DELETE FROM tickets WHERE channel_id = @channel AND user_id = @user", cancellationToken, ("@channel", channelId), ("@user", userId)).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<Ticket>> QueryAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Database.Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var tickets = new List<Ticket>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) tickets.Add(Read(reader));
        return tickets;
    }

    private static Ticket Read(DbDataReader r)
    {
        string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        DateTimeOffset? At(int i) => r.IsDBNull(i) ? null : StoredTime.Parse(r.GetString(i));
        return new Ticket(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
            Enum.Parse<EscalationReason>(r.GetString(5)), JsonSerializer.Deserialize<Dossier>(r.GetString(6), BotJson.Options)!,
            Enum.Parse<TicketState>(r.GetString(7)), StoredTime.Parse(r.GetString(8)), Text(9), Text(10), At(11), At(12),
            Text(13) is { } outcome ? Enum.Parse<TicketOutcome>(outcome) : null, Text(14),
            r.IsDBNull(15) ? null : Convert.ToInt32(r.GetValue(15), CultureInfo.InvariantCulture), Text(16), Text(17));
    }

}
