namespace Kyodo.Bot.Handoff.Console.Stats;

/// <summary>
/// Whose figures a staff member sees: their own desk's tickets; an admin every desk's (or one desk's, when chosen).
/// Consultation events have no desk, so only the all-desks view (admins) includes them.
/// </summary>
public sealed record StatsScope(string? DeskId, bool IncludesEvents)
{
    public static StatsScope For(StaffMember staff, string? requestedDesk, IEnumerable<string> knownDesks)
    {
        if (!staff.IsAdmin) return new StatsScope(staff.DeskId, IncludesEvents: false);
        var desk = knownDesks.FirstOrDefault(d => d == requestedDesk);
        return new StatsScope(desk, IncludesEvents: desk is null);
    }
}
