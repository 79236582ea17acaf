using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

/// <summary>Builds the checklist (the seven collaboration steps) for a chosen method, or the general one.</summary>
public static class ChecklistPlanner
{
    /// <summary>The steps in order; each step's items followed by the MethodItems for (methodId, step id), in file order.</summary>
    public static ChecklistPlan For(ChecklistContent content, string? methodId)
    {
        ArgumentNullException.ThrowIfNull(content);

        var steps = content.Steps
            .Select(step => new PlannedStep(step, ItemsFor(content, step, methodId)))
            .ToList();
        return new ChecklistPlan(methodId, steps);
    }

    private static IReadOnlyList<ChecklistItem> ItemsFor(ChecklistContent content, ChecklistStep step, string? methodId)
    {
        if (methodId is null)
        {
            return step.Items;
        }

        var extra = content.MethodItems
            .Where(m => string.Equals(m.Method, methodId, StringComparison.Ordinal) && string.Equals(m.Step, step.Id, StringComparison.Ordinal))
            .SelectMany(m => m.Items);
        return step.Items.Concat(extra).ToList();
    }
}
