using System.Text.Json.Nodes;
using Kyodo.Bot.Dialogs.Cards;

namespace Kyodo.Bot.Dialogs;

/// <summary>「相談窓口」: asks the person's area once (remembered), then shows the right desk's contact details as the seeds give them.</summary>
public sealed class DeskDialog() : WaterfallDialog(DialogIds.Desk,
[
    AskPrefectureStepAsync,
    AskMunicipalityStepAsync,
    ShowDeskStepAsync,
])
{
    /// <summary>Option: what the person typed to get here (「下関に住んでいます」); a prefecture or municipality in it is used.</summary>
    public const string TextOption = "text";

    /// <summary>Option: only find the desk and return its id (for the handoff), without showing its card.</summary>
    public const string PickOnlyOption = "pickOnly";

    private const string OtherAreaId = "other";
    private const string TypedKey = "typed";

    /// <summary>Quick-reply style buttons stay usable up to this many; longer lists are typed instead.</summary>
    private const int MaxButtons = 12;

    private static Task<DialogTurnResult> AskPrefectureStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        if (step.Options?[TextOption] is JsonValue typed && typed.TryGetValue<string>(out var said)
            && MunicipalityRecognizer.Find(said, turn.Content.Desks.Areas) is { } area)
        {
            step.Values[TypedKey] = said;
            return step.NextAsync(area.Prefecture, cancellationToken);
        }
        if (turn.Profile.Prefecture is { } known) return step.NextAsync(known, cancellationToken);
        // A municipality typed at this question also picks its prefecture (「下関に住んでいます」 → 山口県).
        var choices = turn.Content.Desks.Areas
            .Select(a => new AnswerOption(a.Prefecture, a.Prefecture, a.Municipalities.SelectMany(MunicipalityRecognizer.Forms).Where(f => f.Length >= 2).ToArray()))
            .Append(new AnswerOption(OtherAreaId, turn.Message(MessageKeys.DeskOtherAreaLabel), []))
            .ToArray();
        return step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions(turn.Message(MessageKeys.DeskPrefecturePrompt), Choices: choices), cancellationToken);
    }

    private static Task<DialogTurnResult> AskMunicipalityStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        var prefecture = step.ResultText;
        if (prefecture is null or OtherAreaId)
        {
            turn.SendText(turn.Message(MessageKeys.DeskNotFound));
            return step.EndAsync(null, cancellationToken);
        }
        turn.Profile.Prefecture = prefecture;
        var municipalities = turn.Content.Desks.Areas.FirstOrDefault(a => a.Prefecture == prefecture)?.Municipalities ?? [];
        var typed = step.Values[TypedKey]?.GetValue<string>() ?? turn.Text;
        if (typed is not null && MunicipalityRecognizer.Find(typed, turn.Content.Desks.Areas) is { Municipality: { } named } area
            && area.Prefecture == prefecture)
            return step.NextAsync(named, cancellationToken);
        if (turn.Profile.Municipality is { } known && municipalities.Contains(known)) return step.NextAsync(known, cancellationToken);
        if (municipalities.Count == 0) return step.NextAsync(null, cancellationToken);

        var choices = municipalities.Select(m => new AnswerOption(m, m, MunicipalityRecognizer.Forms(m).Skip(1).ToArray())).ToArray();
        var prompt = new PromptOptions(
            turn.Message(MessageKeys.DeskMunicipalityPrompt, ("prefecture", prefecture)),
            Choices: choices,
            ShowButtons: choices.Length <= MaxButtons);
        return step.PromptAsync(ChoicePrompt.DefaultId, prompt, cancellationToken);
    }

    private static Task<DialogTurnResult> ShowDeskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        turn.Profile.Municipality = step.ResultText ?? turn.Profile.Municipality;
        var desk = DeskRouter.For(turn.Content.Desks, turn.Profile.Prefecture!, turn.Profile.Municipality);
        if (desk is null)
        {
            turn.SendText(turn.Message(MessageKeys.DeskNotFound));
            return step.EndAsync(null, cancellationToken);
        }
        if (step.Options?[PickOnlyOption]?.GetValue<bool>() == true) return step.EndAsync(desk.Id, cancellationToken);
        turn.Send(new CardReply(DeskCard.Build(turn, desk)));
        return step.EndAsync(null, cancellationToken);
    }
}
