using System.Text.Json.Nodes;

namespace Kyodo.Bot.Conversation.Prompts;

/// <summary>
/// Asks one thing and waits for an answer it can read. On an answer it cannot read it asks again;
/// after <see cref="MaxMisses"/> misses in a row it stops and offers the menu or a person.
/// </summary>
public abstract class Prompt(string id) : Dialog(id)
{
    public const int MaxMisses = 3;
    private const string OptionsKey = "options";
    private const string MissesKey = "misses";

    /// <summary>Button values that leave a prompt for the menu or for a person, handled by the interruptions.</summary>
    public const string MenuValue = "menu";
    public const string HumanValue = "human";

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = options?.DeepClone();
        state[MissesKey] = 0;
        Ask(dc.Turn, PromptOptions.FromJson(options), retry: false);
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    /// <summary>
    /// The state a prompt begins with, as stored: its options and no misses yet. Written at once rather than kept as
    /// objects until the turn is saved, and the options are known to <see cref="PromptOptionsCache"/> for the next turn.
    /// </summary>
    internal static byte[] NewState(PromptOptions options)
    {
        var json = PromptOptionsCache.Write(options);
        return [.. "{\"options\":"u8, .. json, .. ",\"misses\":0}"u8];
    }

    /// <summary>Begins with options the code holds as an object (the state is <see cref="NewState"/>): they are asked as they are.</summary>
    internal DialogTurnResult BeginWith(DialogContext dc, PromptOptions options)
    {
        Ask(dc.Turn, options, retry: false);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var options = Options(dc.ActiveDialog!);
        if (Recognize(dc.Turn, options) is { } answer)
            return await dc.EndDialogAsync(answer, cancellationToken).ConfigureAwait(false);

        if (dc.Turn.AnswerAside?.Invoke(dc.Turn) == true)
        {
            Ask(dc.Turn, options, retry: false);
            return DialogTurnResult.Waiting;
        }
        var state = dc.ActiveDialog!.State;
        var misses = state[MissesKey]!.GetValue<int>() + 1;
        state[MissesKey] = misses;
        if (misses < MaxMisses)
        {
            Ask(dc.Turn, options, retry: true);
            return DialogTurnResult.Waiting;
        }
        dc.Turn.Send(new ChoiceReply(dc.Turn.Message(MessageKeys.TooManyMisses),
        [
            new ReplyButton(dc.Turn.Message(MessageKeys.BackToMenuLabel), MenuValue),
            new ReplyButton(dc.Turn.Message(MessageKeys.TalkToPersonLabel), HumanValue),
        ]));
        return dc.CancelAllDialogs();
    }

    /// <summary>An interruption (for example the desk's contact details) ended on top of this prompt: ask again.</summary>
    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, JsonNode? result, CancellationToken cancellationToken)
    {
        Ask(dc.Turn, Options(dc.ActiveDialog!), retry: false);
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        Ask(dc.Turn, Options(dc.ActiveDialog!), retry: false);
        return Task.CompletedTask;
    }

    /// <summary>A prompt answered at once (the usual turn) is read no further than its options.</summary>
    private static PromptOptions Options(DialogInstance prompt) =>
        prompt.StoredProperty(OptionsKey) is { IsEmpty: false } stored ? PromptOptions.FromUtf8(stored) : PromptOptions.FromJson(prompt.State[OptionsKey]);

    /// <summary>The answer as the value the next waterfall step receives, or null when the message cannot be read.</summary>
    protected abstract JsonNode? Recognize(TurnContext turn, PromptOptions options);

    protected abstract string DefaultRetryKey { get; }

    private void Ask(TurnContext turn, PromptOptions options, bool retry)
    {
        var text = retry ? options.RetryText ?? $"{turn.Message(DefaultRetryKey)}\n{options.Text}" : options.Text;
        var buttons = options.ShowButtons
            ? options.ChoiceList.Select(c => new ReplyButton(c.Label, c.Id)).ToArray()
            : [];
        turn.Send(buttons.Length == 0 ? new TextReply(text) : new ChoiceReply(text, buttons));
    }
}
