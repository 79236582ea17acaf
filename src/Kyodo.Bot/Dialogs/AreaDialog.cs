namespace Kyodo.Bot.Dialogs;

/// <summary>
/// Asks where the person is active — the prefecture, then the municipality (or the whole prefecture) — and remembers it
/// in the profile, where the desk finds it too. Ends with nothing recorded when the area is not among the known ones.
/// </summary>
public sealed class AreaDialog() : WaterfallDialog(DialogIds.Area,
[
    AskPrefectureStepAsync,
    AskMunicipalityStepAsync,
    RecordMunicipalityStepAsync,
])
{
    private const string OtherAreaId = "other";
    private const string WholePrefectureId = "unsure";   // "unsure": わからない typed also picks it

    /// <summary>Buttons stay usable up to this many; longer lists are typed instead.</summary>
    private const int MaxButtons = 12;

    private static Task<DialogTurnResult> AskPrefectureStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        // A municipality typed at this question also picks its prefecture (「高崎です」 → 群馬県).
        var choices = turn.Content.Desks.Areas
            .Select(a => new AnswerOption(a.Prefecture, a.Prefecture, a.Municipalities.SelectMany(MunicipalityRecognizer.Forms).Where(f => f.Length >= 2).ToArray()))
            .Append(new AnswerOption(OtherAreaId, turn.Message(MessageKeys.DeskOtherAreaLabel), []))
            .ToArray();
        return step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions(turn.Message(MessageKeys.AreaPrefecturePrompt), Choices: choices), cancellationToken);
    }

    private static Task<DialogTurnResult> AskMunicipalityStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        var prefecture = step.ResultText;
        if (prefecture is null or OtherAreaId) return step.EndAsync(null, cancellationToken);
        if (turn.Profile.Prefecture != prefecture) turn.Profile.Municipality = null;
        turn.Profile.Prefecture = prefecture;
        if (turn.Text is { } typed && MunicipalityRecognizer.Find(typed, turn.Content.Desks.Areas) is { Municipality: { } named } area
            && area.Prefecture == prefecture)
            return step.NextAsync(named, cancellationToken);

        var whole = turn.Message(MessageKeys.AreaWholePrefectureLabel);
        var municipalities = turn.Content.Desks.Areas.First(a => a.Prefecture == prefecture).Municipalities;
        var choices = municipalities
            .Select(m => new AnswerOption(m, m, MunicipalityRecognizer.Forms(m).Skip(1).ToArray()))
            .Append(new AnswerOption(WholePrefectureId, whole, []))
            .ToArray();
        var prompt = new PromptOptions(
            turn.Message(MessageKeys.AreaMunicipalityPrompt, ("prefecture", prefecture), ("whole", whole)),
            Choices: choices,
            ShowButtons: choices.Length <= MaxButtons);
        return step.PromptAsync(ChoicePrompt.DefaultId, prompt, cancellationToken);
    }

    private static Task<DialogTurnResult> RecordMunicipalityStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var picked = step.ResultText;
        step.Turn.Profile.Municipality = picked is null or WholePrefectureId ? null : picked;
        return step.EndAsync(null, cancellationToken);
    }
}
