using System.Text.Json.Nodes;
using Kyodo.Bot.Conversation.Prompts;

namespace Kyodo.Bot.Conversation.Dialogs;

/// <summary>What a waterfall step sees: the turn, the dialog's options and values, and the previous step's result.</summary>
public sealed class WaterfallStepContext(
    WaterfallDialog dialog, DialogContext dc, int index, JsonNode? options, JsonObject values, JsonNode? result)
{
    public DialogContext Dialogs { get; } = dc;
    public TurnContext Turn => Dialogs.Turn;
    public int Index { get; } = index;
    public JsonNode? Options { get; } = options;

    /// <summary>Values this dialog collected so far; saved with the dialog state.</summary>
    public JsonObject Values { get; } = values;

    /// <summary>The previous step's result, usually a prompt's answer.</summary>
    public JsonNode? Result { get; } = result;

    public string? ResultText => Result is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public Task<DialogTurnResult> PromptAsync(string promptId, PromptOptions prompt, CancellationToken cancellationToken) =>
        Dialogs.BeginPromptAsync(promptId, prompt);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, JsonNode? options, CancellationToken cancellationToken) =>
        Dialogs.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, JsonNode? options, CancellationToken cancellationToken) =>
        Dialogs.ReplaceDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Skip to the next step with a result, without waiting for the person.</summary>
    public Task<DialogTurnResult> NextAsync(JsonNode? nextResult, CancellationToken cancellationToken) =>
        dialog.RunStepAsync(Dialogs, Index + 1, nextResult, cancellationToken);

    public Task<DialogTurnResult> EndAsync(JsonNode? endResult, CancellationToken cancellationToken) =>
        Dialogs.EndDialogAsync(endResult, cancellationToken);
}
