namespace Kyodo.Bot.Handoff.Console;

/// <summary>One transcript line as the ticket page shows it (page and JSON); a staff message that did not arrive carries its error.</summary>
public sealed record TranscriptEntry(long Seq, string Speaker, string Who, string Time, string Text, bool Delivered, string? Error)
{
    public static TranscriptEntry From(TicketMessage message, StaffLabels labels) => new(
        message.Seq, message.Speaker.ToString(),
        message.Name is { } name ? $"{labels.Speaker(message.Speaker)}（{name}）" : labels.Speaker(message.Speaker),
        DeskConsoleLabels.Time(message.At), message.Text, message.Delivered, message.Error);
}
