using System.Text.Json.Nodes;

namespace Kyodo.Bot.Conversation.Dialogs;

/// <summary>
/// A dialog of steps run in order. Each step usually starts a prompt; the prompt's answer is the next step's
/// <see cref="WaterfallStepContext.Result"/>. Step index, options and collected values live in the instance state.
/// </summary>
public class WaterfallDialog : Dialog
{
    private const string StepKey = "step";
    private const string OptionsKey = "options";
    internal const string ValuesKey = "values";

    public WaterfallDialog(string id, IReadOnlyList<WaterfallStep> steps) : base(id)
    {
        if (steps.Count == 0) throw new ArgumentException("A waterfall needs at least one step.", nameof(steps));
        Steps = steps;
    }

    /// <summary>For subclasses whose steps are instance methods: they set <see cref="Steps"/> in their constructor.</summary>
    protected WaterfallDialog(string id) : base(id) => Steps = [];

    protected IReadOnlyList<WaterfallStep> Steps { get; set; }

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = options?.DeepClone();
        state[ValuesKey] = new JsonObject();
        return RunStepAsync(dc, 0, null, cancellationToken);
    }

    /// <summary>A message arrived with no prompt on top: hand the text to the next step.</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        RunStepAsync(dc, CurrentStep(dc) + 1, dc.Turn.Text is { } text ? JsonValue.Create(text) : null, cancellationToken);

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, JsonNode? result, CancellationToken cancellationToken) =>
        RunStepAsync(dc, CurrentStep(dc) + 1, result, cancellationToken);

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, JsonNode? result, CancellationToken cancellationToken)
    {
        if (index >= Steps.Count) return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        var state = dc.ActiveDialog!.State;
        state[StepKey] = index;
        var step = new WaterfallStepContext(this, dc, index, state[OptionsKey], (JsonObject)state[ValuesKey]!, result);
        return await Steps[index](step, cancellationToken).ConfigureAwait(false);
    }

    private static int CurrentStep(DialogContext dc) => dc.ActiveDialog!.State[StepKey]!.GetValue<int>();
}
