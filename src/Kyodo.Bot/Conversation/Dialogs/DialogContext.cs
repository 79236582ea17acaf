using System.Text.Json.Nodes;
using Kyodo.Bot.Conversation.Prompts;

namespace Kyodo.Bot.Conversation.Dialogs;

/// <summary>The dialog stack of one conversation during one turn: begin, continue, end, replace, cancel.</summary>
public sealed class DialogContext(DialogSet dialogs, TurnContext turn, List<DialogInstance> stack)
{
    public TurnContext Turn { get; } = turn;

    /// <summary>The stack, top at the end. It is the conversation state's own list, so changes are saved with it.</summary>
    public List<DialogInstance> Stack { get; } = stack;

    public DialogInstance? ActiveDialog => Stack.Count == 0 ? null : Stack[^1];

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, JsonNode? options, CancellationToken cancellationToken)
    {
        var dialog = dialogs.Find(dialogId);
        Stack.Add(new DialogInstance { Id = dialogId });
        return await dialog.BeginAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Begins a prompt with its options (see <see cref="Prompt.NewState"/>).</summary>
    public Task<DialogTurnResult> BeginPromptAsync(string promptId, PromptOptions options)
    {
        if (dialogs.Find(promptId) is not Prompt prompt) throw new InvalidOperationException($"Dialog '{promptId}' is not a prompt.");
        Stack.Add(new DialogInstance(promptId, Prompt.NewState(options)));
        return Task.FromResult(prompt.BeginWith(this, options));
    }

    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active) return new DialogTurnResult(DialogTurnStatus.Empty);
        return await dialogs.Find(active.Id).ContinueAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Pops the active dialog and resumes its parent with the result.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(JsonNode? result, CancellationToken cancellationToken)
    {
        if (Stack.Count > 0) Stack.RemoveAt(Stack.Count - 1);
        if (ActiveDialog is not { } parent) return new DialogTurnResult(DialogTurnStatus.Complete, result);
        return await dialogs.Find(parent.Id).ResumeAsync(this, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Swaps the active dialog for another without resuming the parent (used for loops and hand-overs).</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, JsonNode? options, CancellationToken cancellationToken)
    {
        if (Stack.Count > 0) Stack.RemoveAt(Stack.Count - 1);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    public DialogTurnResult CancelAllDialogs()
    {
        Stack.Clear();
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    public async Task RepromptAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is { } active)
            await dialogs.Find(active.Id).RepromptAsync(this, cancellationToken).ConfigureAwait(false);
    }
}
