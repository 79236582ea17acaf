namespace Kyodo.Bot.Handoff;

/// <summary>A member of a desk's staff acting on a ticket, from Teams (AAD object id) or the web console (user name).</summary>
public sealed record StaffMember(string Id, string Name, string DeskId, bool IsAdmin = false);
