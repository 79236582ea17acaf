using System.Text.Json.Nodes;
using Kyodo.Bot.Conversation;
using Kyodo.Bot.Dialogs.Cards;

namespace Kyodo.Bot.Dialogs;

/// <summary>
/// 「進め方チェックリスト」: one step of 協働の流れ at a time, tailored to the chosen method. The person ticks items,
/// moves between steps, and can leave; the ticks are kept in the profile, so "チェックリストの続き" resumes with progress.
/// </summary>
public sealed class ChecklistDialog() : WaterfallDialog(DialogIds.Checklist,
[
    ShowStepStepAsync,
    HandleChoiceStepAsync,
])
{
    private const string StepIndexKey = "step";
    private const string TickPrefix = "tick:";
    private const string NextId = "next";
    private const string PreviousId = "previous";
    private const string FinishId = "finish";

    private static Task<DialogTurnResult> ShowStepStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        var plan = ChecklistPlanner.For(turn.Content.Checklist, turn.Profile.ChosenMethod);
        var ticked = turn.Profile.TickedItems;
        var index = step.Options?[StepIndexKey]?.GetValue<int>();
        if (index is null) Greet(turn, plan);

        var stepIndex = Math.Clamp(index ?? plan.FirstOpenStepIndex(ticked), 0, plan.Steps.Count - 1);
        step.Values[StepIndexKey] = stepIndex;
        var planned = plan.Steps[stepIndex];
        turn.Send(new CardReply(ChecklistCard.Build(turn, plan, planned)));

        var choices = planned.Items.Select((item, i) => new AnswerOption(
            TickPrefix + item.Id,
            $"{Mark(turn, ticked.Contains(item.Id))} {i + 1}",
            [])).ToList();
        if (stepIndex < plan.Steps.Count - 1) choices.Add(new(NextId, turn.Message(MessageKeys.ChecklistNextStepLabel), []));
        if (stepIndex > 0) choices.Add(new(PreviousId, turn.Message(MessageKeys.ChecklistPreviousStepLabel), []));
        choices.Add(new(FinishId, turn.Message(MessageKeys.ChecklistFinishLabel), []));
        return step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions(turn.Message(MessageKeys.ChecklistTickPrompt), Choices: choices), cancellationToken);
    }

    private static Task<DialogTurnResult> HandleChoiceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        var plan = ChecklistPlanner.For(turn.Content.Checklist, turn.Profile.ChosenMethod);
        var stepIndex = step.Values[StepIndexKey]!.GetValue<int>();
        var picked = step.ResultText ?? FinishId;
        switch (picked)
        {
            case NextId: return Show(step, stepIndex + 1, cancellationToken);
            case PreviousId: return Show(step, stepIndex - 1, cancellationToken);
            case FinishId:
                turn.SendText(turn.Message(MessageKeys.ChecklistSaved, Progress(plan, turn)));
                return step.EndAsync(null, cancellationToken);
        }
        var itemId = picked[TickPrefix.Length..];
        var ticked = turn.Profile.TickedItems;
        var itemText = plan.FindItem(itemId)?.Text ?? itemId;
        if (ticked.Remove(itemId))
        {
            turn.SendText(turn.Message(MessageKeys.ChecklistUnticked, ("item", itemText)));
        }
        else
        {
            ticked.Add(itemId);
            turn.SendText(turn.Message(MessageKeys.ChecklistTicked, ("item", itemText)));
            if (plan.DoneCount(ticked) == plan.TotalItems) turn.SendText(turn.Message(MessageKeys.ChecklistAllDone));
        }
        return Show(step, stepIndex, cancellationToken);
    }

    private static Task<DialogTurnResult> Show(WaterfallStepContext step, int stepIndex, CancellationToken cancellationToken) =>
        step.ReplaceDialogAsync(DialogIds.Checklist, new JsonObject { [StepIndexKey] = stepIndex }, cancellationToken);

    private static void Greet(TurnContext turn, ChecklistPlan plan)
    {
        var methodName = turn.Content.Methods.Methods.FirstOrDefault(m => m.Id == plan.MethodId)?.Name;
        if (plan.DoneCount(turn.Profile.TickedItems) > 0)
            turn.SendText(turn.Message(MessageKeys.ChecklistResume, Progress(plan, turn)));
        else if (methodName is null)
            turn.SendText(turn.Message(MessageKeys.ChecklistNoMethod));
    }

    internal static (string, object)[] Progress(ChecklistPlan plan, TurnContext turn) =>
        [("done", plan.DoneCount(turn.Profile.TickedItems)), ("total", plan.TotalItems)];

    internal static string Mark(TurnContext turn, bool done) =>
        turn.Message(done ? MessageKeys.ChecklistDoneMark : MessageKeys.ChecklistOpenMark);
}
