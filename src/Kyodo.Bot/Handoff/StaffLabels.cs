using Kyodo.Bot.Conversation;

namespace Kyodo.Bot.Handoff;

/// <summary>
/// The words staff read for a ticket's state, reason, outcome and speakers, and for verdicts — one set from
/// dialogs/ (messages.yaml, diagnosis.yaml) for the Teams card, the web console and the statistics alike.
/// </summary>
public sealed class StaffLabels(GuidanceContent content)
{
    public string Reason(EscalationReason reason) => Message(MessageKeys.StaffReasonPrefix + reason.ToString().ToLowerInvariant());

    public string Outcome(TicketOutcome outcome) => Message(MessageKeys.StaffOutcomePrefix + outcome.ToString().ToLowerInvariant());

    public string Speaker(Speaker speaker) => Message(MessageKeys.StaffSpeakerPrefix + speaker.ToString().ToLowerInvariant());

    public string State(Ticket ticket) => ticket.State switch
    {
        TicketState.Waiting => Message(MessageKeys.StaffStateWaiting),
        TicketState.InProgress => Message(MessageKeys.StaffStateInProgress, ("name", ticket.AssignedName ?? "")),
        _ => Message(MessageKeys.StaffStateClosed, ("outcome", Outcome(ticket.Outcome ?? TicketOutcome.Resolved))),
    };

    public string Verdict(Verdict verdict) => content.Diagnosis.Verdicts.TryGetValue(verdict, out var text) ? text.Label : verdict.ToString();

    /// <summary>For figures keyed by stored names ("Referred", "Suitable" …): the label, or the name itself if unknown.</summary>
    public string ReasonNamed(string name) => Enum.TryParse<EscalationReason>(name, out var reason) ? Reason(reason) : name;

    public string OutcomeNamed(string name) => Enum.TryParse<TicketOutcome>(name, out var outcome) ? Outcome(outcome) : name;

    public string VerdictNamed(string name) => Enum.TryParse<Verdict>(name, out var verdict) ? Verdict(verdict) : name;

    private string Message(string key, params (string Name, object Value)[] values) => MessageFormatter.Format(content.Message(key), values);
}
