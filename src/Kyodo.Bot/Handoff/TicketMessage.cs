namespace Kyodo.Bot.Handoff;

/// <summary>
/// A message in a consultation, in order (<see cref="Seq"/>). A staff message records whether it reached the person,
/// and why not, so nothing is lost silently.
/// </summary>
public sealed record TicketMessage(long Seq, string TicketId, Speaker Speaker, string Text, DateTimeOffset At, string? Name, bool Delivered, string? Error);
