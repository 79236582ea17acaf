using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

/// <summary>One step of 協働の流れ with the items that apply: the step's own items, then the chosen method's.</summary>
public sealed record PlannedStep(ChecklistStep Step, IReadOnlyList<ChecklistItem> Items);
