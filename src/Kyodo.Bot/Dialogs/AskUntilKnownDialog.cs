using System.Text.Json.Nodes;
using Kyodo.Bot.Conversation;

namespace Kyodo.Bot.Dialogs;

/// <summary>What to ask next: the id of the thing asked, the prompt to ask it with, and the prompt's options.</summary>
public sealed record NextQuestion(string Id, string PromptId, PromptOptions Prompt);

/// <summary>
/// Asks, one per loop, whatever is still unknown (diagnosis answers, recommender facts, document details) and records
/// each answer, until nothing is left. Because the next question is worked out from what is known, a person who left
/// half-way continues where they were.
/// </summary>
public abstract class AskUntilKnownDialog : WaterfallDialog
{
    private const string AskedKey = "asked";

    protected AskUntilKnownDialog(string id) : base(id)
    {
        Steps = [AskNextStepAsync, RecordStepAsync];
    }

    /// <summary>The next thing to ask, or null when everything is known.</summary>
    protected abstract NextQuestion? Next(TurnContext turn);

    protected abstract void Record(TurnContext turn, string askedId, JsonNode answer);

    private Task<DialogTurnResult> AskNextStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (Next(step.Turn) is not { } next) return step.EndAsync(null, cancellationToken);
        step.Values[AskedKey] = next.Id;
        return step.PromptAsync(next.PromptId, next.Prompt, cancellationToken);
    }

    private Task<DialogTurnResult> RecordStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Record(step.Turn, step.Values[AskedKey]!.GetValue<string>(), step.Result!);
        return step.ReplaceDialogAsync(Id, null, cancellationToken);
    }
}
