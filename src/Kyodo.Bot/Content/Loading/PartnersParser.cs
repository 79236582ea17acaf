using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Kyodo.Bot.Content.Loading;

/// <summary>
/// partners.yaml: the partner directory. Kinds, fields and resources are the file's own vocabulary; every organisation must
/// use it, lie in an area of desks.yaml, and say explicitly whether it consented (no default: a forgotten consent is an error).
/// </summary>
internal static class PartnersParser
{
    private const string PartnerFactId = "partner";

    public static PartnerDirectory Parse(string directory, LoadContext context, IReadOnlyList<Area> areas, IReadOnlyList<MethodFact> facts)
    {
        var reader = new YamlFileReader("partners.yaml", context);
        if (reader.LoadRoot(directory, "partners") is not { } root) return PartnerDirectory.Empty;
        var partnerAnswers = facts.FirstOrDefault(f => f.Id == PartnerFactId)?.Answers.Select(a => a.Id).ToArray() ?? [];
        var kinds = Kinds(reader, root, partnerAnswers);
        var fields = Fields(reader, root);
        var resources = Resources(reader, root);
        var tips = reader.Mapping(root, "tips") is { } tipsNode ? Tips(reader, tipsNode) : null;

        var vocabulary = new Vocabulary([.. kinds.Select(k => k.Id)], [.. fields.Select(f => f.Id)], [.. resources.Select(r => r.Id)]);
        var organizations = new List<(PartnerEntry Entry, string Contact, YamlNode Node)>();
        foreach (var node in reader.Items(root, "organizations"))
        {
            if (Organization(reader, node, vocabulary, areas) is { } parsed) organizations.Add((parsed.Entry, parsed.Contact, node));
        }
        reader.Unique(organizations.Select(o => ((string?)o.Entry.Id, o.Node)), "organization");
        var contacts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (entry, contact, _) in organizations) contacts.TryAdd(entry.Id, contact);
        return new PartnerDirectory(kinds, fields, resources, tips, organizations.Select(o => o.Entry).ToArray(), contacts);
    }

    /// <summary>The ids an organisation may use, in file order (so an error lists them as the file does).</summary>
    private sealed record Vocabulary(IReadOnlyList<string> Kinds, IReadOnlyList<string> Fields, IReadOnlyList<string> Resources);

    private static List<ActorKind> Kinds(YamlFileReader reader, YamlMappingNode root, IReadOnlyList<string> partnerAnswers)
    {
        var kinds = new List<(ActorKind Kind, YamlNode Node)>();
        foreach (var node in reader.Items(root, "kinds"))
        {
            var id = reader.Id(node);
            var label = reader.String(node, "label");
            var partner = reader.String(node, "partner");
            if (partner is not null && !partnerAnswers.Contains(partner))
                reader.Error(node, $"kind '{id}': partner '{partner}' is not an answer of the methods.yaml fact '{PartnerFactId}'");
            if (id is not null && label is not null && partner is not null) kinds.Add((new ActorKind(id, label, partner), node));
        }
        reader.Unique(kinds.Select(k => ((string?)k.Kind.Id, k.Node)), "kind");
        return kinds.Select(k => k.Kind).ToList();
    }

    private static List<ActivityField> Fields(YamlFileReader reader, YamlMappingNode root)
    {
        var fields = new List<(ActivityField Field, YamlNode Node)>();
        if (reader.Mapping(root, "fields") is not { } section) return [];
        reader.Source(section);
        foreach (var node in reader.Items(section, "items"))
        {
            var id = reader.Id(node);
            var label = reader.Label(node, "label");
            var keywords = reader.StringList(node, "keywords", required: false);
            if (id is not null && label is not null) fields.Add((new ActivityField(id, label, keywords), node));
        }
        reader.Unique(fields.Select(f => ((string?)f.Field.Id, f.Node)), "field");
        return fields.Select(f => f.Field).ToList();
    }

    private static List<PartnerResource> Resources(YamlFileReader reader, YamlMappingNode root)
    {
        var resources = new List<(PartnerResource Resource, YamlNode Node)>();
        if (reader.Mapping(root, "resources") is not { } section) return [];
        reader.Source(section);
        foreach (var node in reader.Items(section, "items"))
        {
            var id = reader.Id(node);
            var label = reader.Label(node, "label");
            var synonyms = reader.StringList(node, "synonyms", required: false);
            if (id is not null && label is not null) resources.Add((new PartnerResource(id, label, synonyms), node));
        }
        reader.Unique(resources.Select(r => ((string?)r.Resource.Id, r.Node)), "resource");
        return resources.Select(r => r.Resource).ToList();
    }

    private static PartnerTips? Tips(YamlFileReader reader, YamlMappingNode node)
    {
        var title = reader.String(node, "title");
        var intro = reader.String(node, "intro");
        var checks = reader.StringList(node, "checks");
        var source = reader.Source(node);
        return title is null || intro is null || source is null ? null : new PartnerTips(title, intro.TrimEnd('\n'), checks, source);
    }

    private static (PartnerEntry Entry, string Contact)? Organization(YamlFileReader reader, YamlMappingNode node, Vocabulary vocabulary, IReadOnlyList<Area> areas)
    {
        var id = reader.Id(node);
        var name = reader.String(node, "name");
        var kind = Known(reader, node, "kind", vocabulary.Kinds, "kind");
        var municipality = reader.String(node, "municipality");
        var prefecture = municipality is null ? null : areas.FirstOrDefault(a => a.Municipalities.Contains(municipality))?.Prefecture;
        if (municipality is not null && prefecture is null)
            reader.Error(node.Children[new YamlScalarNode("municipality")], $"municipality '{municipality}' is not in the areas of desks.yaml");
        var fields = KnownList(reader, node, "fields", vocabulary.Fields, "field", required: true);
        var offers = KnownList(reader, node, "offers", vocabulary.Resources, "offer", required: false);
        var needs = KnownList(reader, node, "needs", vocabulary.Resources, "need", required: false);
        var introduction = reader.String(node, "introduction");
        var contact = reader.String(node, "contact");
        var collaborated = Boolean(reader, node, "collaborated_before");
        var confirmed = Date(reader, node, "last_confirmed");
        var consent = Boolean(reader, node, "consent");
        if (id is null || name is null || kind is null || prefecture is null || introduction is null || contact is null
            || collaborated is null || confirmed is null || consent is null)
            return null;
        var entry = new PartnerEntry(id, name, kind, prefecture, municipality!, fields, offers, needs, introduction.TrimEnd('\n'),
            collaborated.Value, confirmed.Value, consent.Value);
        return (entry, contact);
    }

    private static string? Known(YamlFileReader reader, YamlMappingNode node, string key, IReadOnlyList<string> known, string what)
    {
        var value = reader.String(node, key);
        if (value is null || known.Contains(value)) return value;
        reader.Error(node.Children[new YamlScalarNode(key)], $"unknown {what} '{value}'; use one of {string.Join(", ", known)}");
        return null;
    }

    private static IReadOnlyList<string> KnownList(YamlFileReader reader, YamlMappingNode node, string key, IReadOnlyList<string> known, string what, bool required)
    {
        var values = reader.StringList(node, key, required);
        if (reader.Node(node, key, required: false) is not YamlSequenceNode sequence) return values;
        if (required && sequence.Children.Count == 0) reader.Error(sequence, $"'{key}' needs at least one entry");
        foreach (var item in sequence.Children.OfType<YamlScalarNode>().Where(i => i.Value is { Length: > 0 } v && !known.Contains(v)))
            reader.Error(item, $"unknown {what} '{item.Value}'; use one of {string.Join(", ", known)}");
        return values.Where(v => known.Contains(v)).Distinct().ToArray();
    }

    private static bool? Boolean(YamlFileReader reader, YamlMappingNode node, string key)
    {
        var text = reader.String(node, key);
        if (text is null) return null;
        if (text is "true") return true;
        if (text is "false") return false;
        reader.Error(node.Children[new YamlScalarNode(key)], $"'{key}' must be true or false");
        return null;
    }

    private static DateOnly? Date(YamlFileReader reader, YamlMappingNode node, string key)
    {
        var text = reader.String(node, key);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        reader.Error(node.Children[new YamlScalarNode(key)], $"'{key}' must be a date like 2025-10-01");
        return null;
    }
}
