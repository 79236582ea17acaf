using System.Security.Cryptography;
using Kyodo.Bot.Logging;
using Kyodo.Bot.Storage;
using System.Data.Common;

namespace Kyodo.Bot.Stats;

/// <summary>
/// The <c>consultation_events</c> table the dashboard counts. A turn only ever INSERTs (one row per noted event, never a
/// read), and a failed write is logged and forgotten so the person's turn goes on. Rows hold no person or conversation
/// id, so a person's 「データを削除」 has nothing to delete here; question texts are stored with personal data masked.
/// </summary>
public sealed class ConsultationEvents(Database database, TimeProvider clock, ILogger<ConsultationEvents> logger)
{
    /// <summary>Longer details (question texts) are cut to this many characters.</summary>
    public const int MaxDetailLength = 200;

    /// <summary>Records what a turn noted, at the server's time (not the channel's timestamp, which a client may set).</summary>
    public Task RecordAsync(string channelId, IReadOnlyList<ConsultationEventNote> notes, CancellationToken cancellationToken) =>
        RecordAsync(channelId, notes, clock.GetUtcNow(), cancellationToken);

    public Task RecordAsync(string channelId, IReadOnlyList<ConsultationEventNote> notes, DateTimeOffset at, CancellationToken cancellationToken) =>
        Recording(channelId, notes, at) is { } write ? RecordAsync(write, notes, cancellationToken) : Task.CompletedTask;

    /// <summary>Runs a <see cref="Recording"/> in a transaction of its own (a turn that saved no state); never throws.</summary>
    public async Task RecordAsync(GroupCommit.Write write, IReadOnlyList<ConsultationEventNote> notes, CancellationToken cancellationToken)
    {
        try
        {
            // A few small inserts: committed together with other turns' writes (one transaction, not one each).
            await database.SmallWrites.RunAsync(write, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogNotRecorded(exception, notes);
        }
    }

    /// <summary>
    /// The write that records what a turn noted, to run in the transaction that saves the turn's state (so the events
    /// count exactly when the turn is saved); null when there is nothing to record. Should the inserts fail, they are
    /// rolled back to a savepoint and logged, and the rest of the transaction goes on.
    /// </summary>
    public GroupCommit.Write? Recording(string channelId, IReadOnlyList<ConsultationEventNote> notes) =>
        Recording(channelId, notes, clock.GetUtcNow());

    private GroupCommit.Write? Recording(string channelId, IReadOnlyList<ConsultationEventNote> notes, DateTimeOffset at)
    {
        if (notes.Count == 0) return null;
        var rows = notes.Select(note => (Id: NewId(at), note.Kind, Detail: Clean(note.Detail))).ToArray();
        (string, (string, object?)[])[] statements =
        [
            (Savepoint, []),
            .. rows.Select(row => (Insert, new (string, object?)[] { ("@id", row.Id), ("@at", StoredTime.Text(at)), ("@channel", channelId), ("@kind", row.Kind), ("@detail", row.Detail) })),
            (Release, []),
        ];
        return async group =>
        {
            try
            {
                // One round trip with PostgreSQL: the group's transaction waits for it.
                await group.ExecuteInOrderAsync(statements).ConfigureAwait(false);
            }
            catch (DbException exception)
            {
                await group.Command(RollBack).ExecuteNonQueryAsync().ConfigureAwait(false);
                await group.Command(Release).ExecuteNonQueryAsync().ConfigureAwait(false);
                LogNotRecorded(exception, notes);
            }
            return rows.Length;
        };
    }

    private const string Savepoint = "SAVEPOINT consultation_events";
    private const string Insert = "INSERT INTO consultation_events (id, at, channel_id, kind, detail) VALUES (@id, @at, @channel, @kind, @detail)";
    private const string Release = "RELEASE SAVEPOINT consultation_events";
    private const string RollBack = "ROLLBACK TO SAVEPOINT consultation_events";

    private void LogNotRecorded(Exception exception, IReadOnlyList<ConsultationEventNote> notes) =>
        logger.LogWarning(exception, "A turn's events for the statistics ({Kinds}) could not be recorded; the turn goes on without them.",
            string.Join(", ", notes.Select(note => note.Kind)));

    /// <summary>The events from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), oldest first; null bounds are open.</summary>
    public async Task<IReadOnlyList<ConsultationEvent>> ListAsync(DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Database.Command(connection,
            "SELECT id, at, channel_id, kind, detail FROM consultation_events WHERE (@from IS NULL OR at >= @from) AND (@to IS NULL OR at < @to) ORDER BY at",
            ("@from", from is { } f ? StoredTime.Text(f) : null), ("@to", to is { } t ? StoredTime.Text(t) : null));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<ConsultationEvent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) events.Add(Read(reader));
        return events;
    }

    private static ConsultationEvent Read(DbDataReader r) =>
        new(r.GetString(0), StoredTime.Parse(r.GetString(1)),
            r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4));

    private static string? Clean(string? detail)
    {
        if (detail is null) return null;
        var masked = PersonalDataMasker.Mask(detail.Trim());
        return masked.Length <= MaxDetailLength ? masked : masked[..MaxDetailLength];
    }

    /// <summary>
    /// The time in milliseconds, then 8 random bytes, in hex: ids in time order. Random ids put each insert on a random
    /// page of the primary key's index (a page written to the log per event); ids in time order fill its last page.
    /// </summary>
    internal static string NewId(DateTimeOffset at)
    {
        Span<byte> random = stackalloc byte[8];
        RandomNumberGenerator.Fill(random);
        return at.ToUnixTimeMilliseconds().ToString("x12") + Convert.ToHexStringLower(random);
    }

    // Always UTC with a fixed offset, so ISO-8601 text compares in time order.
}
