namespace Kyodo.Bot.Content;

/// <summary>
/// One organisation of the partner directory as a person may see it. The contact route is deliberately not here:
/// it is for staff only and lives in <see cref="PartnerDirectory.StaffContacts"/>.
/// </summary>
public sealed record PartnerEntry(
    string Id,
    string Name,
    string Kind,
    string Prefecture,
    string Municipality,
    IReadOnlyList<string> Fields,
    IReadOnlyList<string> Offers,
    IReadOnlyList<string> Needs,
    string Introduction,
    bool CollaboratedBefore,
    DateOnly LastConfirmed,
    bool Consent);
