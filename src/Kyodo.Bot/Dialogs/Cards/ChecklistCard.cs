using Kyodo.Bot.Conversation;

namespace Kyodo.Bot.Dialogs.Cards;

/// <summary>One step of the checklist: its numbered items with their ticks, and the overall progress.</summary>
public static class ChecklistCard
{
    public static Card Build(TurnContext turn, ChecklistPlan plan, PlannedStep planned)
    {
        var ticked = turn.Profile.TickedItems;
        var items = planned.Items
            .Select((item, i) => $"{ChecklistDialog.Mark(turn, ticked.Contains(item.Id))} {i + 1}. {item.Text}")
            .ToArray();
        return new Card(
            turn.Message(MessageKeys.ChecklistStepTitle, ("number", planned.Step.Number), ("title", planned.Step.Title)),
            turn.Message(MessageKeys.ChecklistProgress, ChecklistDialog.Progress(plan, turn)),
            [
                new CardSection(null, [planned.Step.Summary]),
                new CardSection(null, items),
                SourceSection.Of(turn, [planned.Step.Source]),
            ],
            []);
    }
}
