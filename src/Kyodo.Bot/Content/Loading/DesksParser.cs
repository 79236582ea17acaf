using Kyodo.Bot.Handoff;
using YamlDotNet.RepresentationModel;

namespace Kyodo.Bot.Content.Loading;

/// <summary>desks.yaml: the areas a person can pick and the consultation desks.</summary>
internal static class DesksParser
{
    public static DeskContent Parse(string directory, LoadContext context)
    {
        var reader = new YamlFileReader("desks.yaml", context);
        if (reader.LoadRoot(directory, "desks") is not { } root) return new DeskContent([], []);
        var areas = new List<Area>();
        foreach (var node in reader.Items(root, "areas"))
        {
            if (reader.String(node, "prefecture") is { } prefecture)
                areas.Add(new Area(prefecture, reader.StringList(node, "municipalities")));
        }
        var defaultChatHours = ChatHours(reader, root);
        var desks = new List<(Desk Desk, YamlNode Node)>();
        foreach (var node in reader.Items(root, "items"))
        {
            if (Desk(reader, node, areas, defaultChatHours) is { } desk) desks.Add((desk, node));
        }
        reader.Unique(desks.Select(d => ((string?)d.Desk.Id, d.Node)), "desk");
        return new DeskContent(desks.Select(d => d.Desk).ToArray(), areas);
    }

    private static OfficeHours? ChatHours(YamlFileReader reader, YamlMappingNode node) =>
        reader.Mapping(node, "chat_hours", required: false) is { } hours ? ChatHoursParser.Parse(reader, hours) : null;

    private static Desk? Desk(YamlFileReader reader, YamlMappingNode node, IReadOnlyList<Area> areas, OfficeHours? defaultChatHours)
    {
        var id = reader.Id(node);
        var name = reader.String(node, "name");
        var prefecture = reader.String(node, "prefecture");
        var municipalities = reader.StringList(node, "municipalities", required: false);
        var source = reader.Source(node);
        if (prefecture is not null)
        {
            var area = areas.FirstOrDefault(a => a.Prefecture == prefecture);
            if (area is null) reader.Error(node, $"prefecture '{prefecture}' is not in the areas list");
            foreach (var unknown in municipalities.Where(m => area is not null && !area.Municipalities.Contains(m)))
                reader.Error(node, $"municipality '{unknown}' is not in the areas list of {prefecture}");
        }
        string? Optional(string key) => reader.String(node, key, required: false);
        var chat = Optional("chat") switch
        {
            null or "true" => true,
            "false" => false,
            var other => Invalid(reader, node, $"chat must be true or false, not '{other}'"),
        };
        var chatHours = chat ? ChatHours(reader, node) ?? defaultChatHours : null;
        if (id is null || name is null || prefecture is null || source is null) return null;
        return new Desk(id, name, prefecture, municipalities, Optional("phone"), Optional("fax"), Optional("email"),
            Optional("address"), Optional("url"), Optional("hours"), Optional("note"), source, chatHours);
    }

    private static bool Invalid(YamlFileReader reader, YamlNode node, string message)
    {
        reader.Error(node, message);
        return false;
    }
}
