namespace Kyodo.Bot.Handoff;

public enum TicketState { Waiting, InProgress, Closed }

/// <summary>How a consultation ended: 解決 / 継続相談 / 他機関へ紹介, or the person left the queue.</summary>
public enum TicketOutcome { Resolved, Continuing, Referred, Withdrawn }

/// <summary>Why the conversation went to a person: asked for one (or for an introduction to partners), or the guidance decided it should.</summary>
public enum EscalationReason { Asked, Misunderstood, Legal, Distress, JudgementCall, Introduction }

/// <summary>
/// One escalated conversation: who (channel, conversation, person), which desk, the dossier for staff, and its state
/// bot → waiting → in progress (one owner) → closed (with an outcome), with the time of each change.
/// </summary>
public sealed record Ticket(
    string Id,
    string DeskId,
    string ChannelId,
    string ConversationId,
    string UserId,
    EscalationReason Reason,
    Dossier Dossier,
    TicketState State,
    DateTimeOffset WaitingSince,
    string? AssignedTo = null,
    string? AssignedName = null,
    DateTimeOffset? AssignedAt = null,
    DateTimeOffset? ClosedAt = null,
    TicketOutcome? Outcome = null,
    string? Note = null,
    int? Rating = null,
    string? RatingComment = null,
    string? TeamsCardId = null);
