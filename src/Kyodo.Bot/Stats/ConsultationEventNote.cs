namespace Kyodo.Bot.Stats;

/// <summary>Something a turn noted for the statistics; written as a <see cref="ConsultationEvent"/> once the turn is saved.</summary>
public sealed record ConsultationEventNote(string Kind, string? Detail);
