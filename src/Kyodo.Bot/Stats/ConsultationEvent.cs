namespace Kyodo.Bot.Stats;

/// <summary>
/// One counted moment of a consultation: when, on which channel, what (<see cref="ConsultationEventKinds"/>) and its
/// detail. No person, conversation or desk is stored, so nothing here identifies anyone.
/// </summary>
public sealed record ConsultationEvent(string Id, DateTimeOffset At, string ChannelId, string Kind, string? Detail);
