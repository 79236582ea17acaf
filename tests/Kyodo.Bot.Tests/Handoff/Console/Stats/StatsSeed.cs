using Kyodo.Bot.Handoff;
using Kyodo.Bot.Stats;
using Microsoft.Extensions.DependencyInjection;
using static Kyodo.Bot.Tests.Stats.StatsTestData;

namespace Kyodo.Bot.Tests.Handoff.Console.Stats;

/// <summary>Puts tickets (taken, closed, rated at given times) and consultation events straight into the host's storage.</summary>
public static class StatsSeed
{
    public static async Task<Ticket> TicketAsync(IServiceProvider services, string deskId, DateTimeOffset since, EscalationReason reason = EscalationReason.Asked,
        double? waitedMinutes = null, TicketOutcome? outcome = null, int? rating = null)
    {
        var store = services.GetRequiredService<TicketStore>();
        var ticket = Ticket(deskId, since, reason) with { State = TicketState.Waiting };
        await store.CreateAsync(ticket, default);
        if (waitedMinutes is { } waited) await store.TryAssignAsync(ticket.Id, new StaffMember("console:seed", "相談員", deskId, false), since.AddMinutes(waited), default);
        if (outcome is { } done) await store.TryCloseAsync(ticket.Id, done, null, since.AddHours(1), default);
        if (rating is { } score) await store.RateAsync(ticket.Id, score, null, default);
        return ticket;
    }

    public static Task EventAsync(IServiceProvider services, DateTimeOffset at, string kind, string? detail = null, string channel = "webchat") =>
        services.GetRequiredService<ConsultationEvents>().RecordAsync(channel, [new ConsultationEventNote(kind, detail)], at, default);

    /// <summary>November 2026: two ube tickets and one of gunma_salon, and events on LINE and Web Chat.</summary>
    public static async Task NovemberAsync(IServiceProvider services)
    {
        await TicketAsync(services, "ube", Japan(2026, 11, 2), EscalationReason.Legal, waitedMinutes: 3, TicketOutcome.Resolved, rating: 5);
        await TicketAsync(services, "ube", Japan(2026, 11, 10), EscalationReason.Legal, waitedMinutes: 9, TicketOutcome.Referred, rating: 4);
        await TicketAsync(services, "gunma_salon", Japan(2026, 11, 3), EscalationReason.Distress, waitedMinutes: 30, TicketOutcome.Continuing, rating: 1);
        await EventAsync(services, Japan(2026, 11, 2), ConsultationEventKinds.Consultation, channel: "line");
        await EventAsync(services, Japan(2026, 11, 3), ConsultationEventKinds.Consultation, channel: "webchat");
        await EventAsync(services, Japan(2026, 11, 10), ConsultationEventKinds.Consultation, channel: "line");
        await EventAsync(services, Japan(2026, 11, 3), ConsultationEventKinds.Verdict, "Suitable");
        await EventAsync(services, Japan(2026, 11, 3), ConsultationEventKinds.Method, "cooperation_agreement");
        await EventAsync(services, Japan(2026, 11, 4), ConsultationEventKinds.Unanswered, "駐車場はありますか");
        await EventAsync(services, Japan(2026, 11, 5), ConsultationEventKinds.Unanswered, "駐車場はありますか");
        await EventAsync(services, Japan(2026, 11, 6), ConsultationEventKinds.Unanswered, "=HYPERLINK(\"x\")の意味は");
    }

    public const string November = "from=2026-11-01&to=2026-11-30";
}
