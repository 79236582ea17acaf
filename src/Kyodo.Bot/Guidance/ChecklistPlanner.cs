using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

public static class ChecklistPlanner
{
    /// <summary>The steps in order; each step's own items followed by the chosen method's extra items for that step.</summary>
    public static ChecklistPlan For(ChecklistContent content, string? methodId) =>
        new(methodId, content.Steps.Select(step => new PlannedStep(
            step,
            step.Items.Concat(content.MethodItems
                .Where(extra => extra.Method == methodId && extra.Step == step.Id)
                .SelectMany(extra => extra.Items)).ToArray())).ToArray());
}
