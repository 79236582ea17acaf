using System.Text.Json.Nodes;

namespace Kyodo.Bot.Conversation.Dialogs;

/// <summary>A unit of conversation on the dialog stack. Everything it remembers lives in its instance state, so it survives between turns.</summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken);

    /// <summary>The person said something while this dialog is on top of the stack.</summary>
    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A child dialog this one started has ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, JsonNode? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Ask again what this dialog is waiting for (after help, or after an interruption ended).</summary>
    public virtual Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;
}
