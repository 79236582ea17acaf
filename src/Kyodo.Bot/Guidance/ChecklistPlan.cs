using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

public sealed record PlannedStep(ChecklistStep Step, IReadOnlyList<ChecklistItem> Items);

/// <summary>The checklist for one person: the seven steps with the items of their chosen method, and progress over ticks.</summary>
public sealed record ChecklistPlan(string? MethodId, IReadOnlyList<PlannedStep> Steps)
{
    public int TotalItems => Steps.Sum(s => s.Items.Count);

    public int DoneCount(IReadOnlySet<string> ticked) => Steps.Sum(s => s.Items.Count(i => ticked.Contains(i.Id)));

    /// <summary>The first step with an unticked item; the last step when all are done.</summary>
    public int FirstOpenStepIndex(IReadOnlySet<string> ticked)
    {
        for (var i = 0; i < Steps.Count; i++)
        {
            if (Steps[i].Items.Any(item => !ticked.Contains(item.Id))) return i;
        }
        return Math.Max(0, Steps.Count - 1);
    }

    public ChecklistItem? FindItem(string itemId) =>
        Steps.SelectMany(s => s.Items).FirstOrDefault(i => i.Id == itemId);
}
