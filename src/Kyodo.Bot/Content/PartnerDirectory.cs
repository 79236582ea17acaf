namespace Kyodo.Bot.Content;

/// <summary>
/// dialogs/partners.yaml: the organisations a support center keeps for finding partners, and the words it is described
/// with (kinds, fields of activity, what is offered and needed). <see cref="StaffContacts"/> (partner id → contact route)
/// is for the desk's staff and is never shown to the person.
/// </summary>
public sealed record PartnerDirectory(
    IReadOnlyList<ActorKind> Kinds,
    IReadOnlyList<ActivityField> Fields,
    IReadOnlyList<PartnerResource> Resources,
    PartnerTips? Tips,
    IReadOnlyList<PartnerEntry> Organizations,
    IReadOnlyDictionary<string, string> StaffContacts)
{
    public static PartnerDirectory Empty { get; } = new([], [], [], null, [], new Dictionary<string, string>());

    public string KindLabel(string id) => Kinds.FirstOrDefault(k => k.Id == id)?.Label ?? id;

    public string FieldLabel(string id) => Fields.FirstOrDefault(f => f.Id == id)?.Label ?? id;

    public string ResourceLabel(string id) => Resources.FirstOrDefault(r => r.Id == id)?.Label ?? id;
}
