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
        Recording(channelId, notes, at) is { } write ? RecordAsync(write, cancellationToken) : Task.CompletedTask;

    /// <summary>Runs a <see cref="Recording"/> in a transaction of its own (a turn that saved no state); never throws.</summary>
    public async Task RecordAsync(AlongsideWrite write, CancellationToken cancellationToken)
    {
        try
        {
            // A few small inserts: committed together with other turns' writes (one transaction, not one each).
            await database.SmallWrites.RunAsync(async group =>
            {
                await group.ExecuteInOrderAsync(write.Statements).ConfigureAwait(false);
                return write.Statements.Count;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            write.Failed(exception);
        }
    }

    /// <summary>
    /// What records the events a turn noted, to write in the transaction that saves the turn's state (so the events
    /// count exactly when the turn is saved); null when there is nothing to record. Should the inserts fail, they are
    /// logged and the turn goes on.
    /// </summary>
    public AlongsideWrite? Recording(string channelId, IReadOnlyList<ConsultationEventNote> notes) =>
        Recording(channelId, notes, clock.GetUtcNow());

    private AlongsideWrite? Recording(string channelId, IReadOnlyList<ConsultationEventNote> notes, DateTimeOffset at)
    {
        if (notes.Count == 0) return null;
        SqlStatement[] inserts =
        [
            .. notes.Select(note => new SqlStatement(Insert,
                ("@id", NewId(at)), ("@at", StoredTime.Text(at)), ("@channel", channelId), ("@kind", note.Kind), ("@detail", Clean(note.Detail)))),
        ];
        return new AlongsideWrite(inserts, exception => LogNotRecorded(exception, notes));
    }

    private const string Insert = "INSERT INTO consultation_events (id, at, channel_id, kind, detail) VALUES (@id, @at, @channel, @kind, @detail)";

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
