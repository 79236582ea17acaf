using Kyodo.Bot.Handoff;
using Kyodo.Bot.Stats;

namespace Kyodo.Bot.Tests.Stats;

/// <summary>Tickets and events for statistics tests, at Japan times.</summary>
public static class StatsTestData
{
    public static DateTimeOffset Japan(int year, int month, int day, int hour = 10, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(9));

    public static Ticket Ticket(string deskId, DateTimeOffset since, EscalationReason reason = EscalationReason.Asked,
        double? waitedMinutes = null, TicketOutcome? outcome = null, DateTimeOffset? closedAt = null, int? rating = null) =>
        new(TicketStore.NewId(), deskId, "webchat", "conv-" + Guid.NewGuid().ToString("N")[..6], "person", reason,
            new Dossier("相談", null, null, null, [], null, [], null, [], null, []),
            outcome is null ? (waitedMinutes is null ? TicketState.Waiting : TicketState.InProgress) : TicketState.Closed,
            since,
            AssignedTo: waitedMinutes is null ? null : "console:staff",
            AssignedName: waitedMinutes is null ? null : "相談員",
            AssignedAt: waitedMinutes is { } w ? since.AddMinutes(w) : null,
            ClosedAt: closedAt ?? (outcome is null ? null : since.AddHours(1)),
            Outcome: outcome,
            Rating: rating);

    public static ConsultationEvent Event(DateTimeOffset at, string kind, string? detail = null, string channel = "webchat") =>
        new(Guid.NewGuid().ToString("N"), at, channel, kind, detail);
}
