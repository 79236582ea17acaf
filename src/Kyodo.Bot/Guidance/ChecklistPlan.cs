using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

/// <summary>The checklist for one person: all steps in order, with the items for the chosen method (if any).</summary>
public sealed record ChecklistPlan(string? MethodId, IReadOnlyList<PlannedStep> Steps)
{
    /// <summary>Number of items over all steps (computed on access, so it stays right after a <c>with</c> copy).</summary>
    public int TotalItems => Steps.Sum(step => step.Items.Count);

    /// <summary>How many of the ticked item ids are items of this plan (ids of other plans are ignored).</summary>
    public int DoneCount(IReadOnlySet<string> ticked)
    {
        ArgumentNullException.ThrowIfNull(ticked);
        return Steps.SelectMany(step => step.Items).Select(item => item.Id).Distinct(StringComparer.Ordinal).Count(ticked.Contains);
    }

    /// <summary>Index of the first step with an unticked item; the last step when all are ticked; -1 for a plan without steps.</summary>
    public int FirstOpenStepIndex(IReadOnlySet<string> ticked)
    {
        ArgumentNullException.ThrowIfNull(ticked);
        for (var i = 0; i < Steps.Count; i++)
        {
            if (Steps[i].Items.Any(item => !ticked.Contains(item.Id)))
            {
                return i;
            }
        }

        return Steps.Count - 1;
    }

    /// <summary>The item with this id anywhere in the plan, or null.</summary>
    public ChecklistItem? FindItem(string itemId) =>
        Steps.SelectMany(step => step.Items).FirstOrDefault(item => string.Equals(item.Id, itemId, StringComparison.Ordinal));
}
