using YamlDotNet.RepresentationModel;

namespace Kyodo.Bot.Content.Loading;

/// <summary>checklists.yaml: the collaboration steps with their items, and extra items per method.</summary>
internal static class ChecklistParser
{
    public static ChecklistContent Parse(string directory, LoadContext context, IReadOnlyList<CollaborationMethod> methods)
    {
        var reader = new YamlFileReader("checklists.yaml", context);
        if (reader.LoadRoot(directory, "checklist") is not { } root) return new ChecklistContent([], []);
        var items = new List<(string? Id, YamlNode Node)>();
        var steps = Steps(reader, root, items);
        var methodItems = new List<MethodItems>();
        foreach (var node in reader.Items(root, "method_items", required: false))
        {
            var method = reader.String(node, "method");
            var step = reader.String(node, "step");
            var source = reader.Source(node);
            var extra = Items(reader, node, items);
            if (method is not null && methods.All(m => m.Id != method)) reader.Error(node, $"unknown method '{method}'");
            if (step is not null && steps.All(s => s.Id != step)) reader.Error(node, $"unknown step '{step}'");
            if (method is not null && step is not null && source is not null) methodItems.Add(new MethodItems(method, step, extra, source));
        }
        reader.Unique(items, "checklist item");
        return new ChecklistContent(steps, methodItems);
    }

    private static List<ChecklistStep> Steps(YamlFileReader reader, YamlMappingNode root, List<(string? Id, YamlNode Node)> allItems)
    {
        var steps = new List<(ChecklistStep Step, YamlNode Node)>();
        foreach (var node in reader.Items(root, "steps"))
        {
            var id = reader.Id(node);
            var number = reader.Integer(node, "number");
            var title = reader.String(node, "title");
            var summary = reader.String(node, "summary");
            var source = reader.Source(node);
            var items = Items(reader, node, allItems);
            if (number is { } n && n != steps.Count + 1) reader.Error(node, $"step number {n} is out of order; expected {steps.Count + 1}");
            if (id is not null && number is not null && title is not null && summary is not null && source is not null)
                steps.Add((new ChecklistStep(id, number.Value, title, summary, items, source), node));
        }
        reader.Unique(steps.Select(s => ((string?)s.Step.Id, s.Node)), "step");
        return steps.Select(s => s.Step).ToList();
    }

    private static List<ChecklistItem> Items(YamlFileReader reader, YamlMappingNode parent, List<(string? Id, YamlNode Node)> allItems)
    {
        var items = new List<ChecklistItem>();
        foreach (var node in reader.Items(parent, "items"))
        {
            var id = reader.Id(node);
            var text = reader.String(node, "text");
            var source = reader.Source(node, required: false);
            allItems.Add((id, node));
            if (id is not null && text is not null) items.Add(new ChecklistItem(id, text, source));
        }
        return items;
    }
}
