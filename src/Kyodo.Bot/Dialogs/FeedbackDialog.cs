using System.Globalization;
using Kyodo.Bot.Handoff;

namespace Kyodo.Bot.Dialogs;

/// <summary>
/// After staff hand the conversation back: stores the person's 1–5 rating of the consultation, asks for an optional
/// comment, and offers to continue the checklist from the step the person was on.
/// </summary>
public sealed class FeedbackDialog(HandoffDesk desk) : WaterfallDialog(DialogIds.Feedback,
[
    (step, token) => StoreRatingStepAsync(step, desk, token),
    (step, token) => StoreCommentStepAsync(step, desk, token),
    ResumeStepAsync,
])
{
    /// <summary>Option: the pressed rating button's value, <c>handoff.rate.{ticket}.{1-5}</c>.</summary>
    public const string RatingOption = "rating";

    private const string NoCommentId = "none";
    private const string TicketKey = "ticket";
    private const string RatingKey = "rating";

    private static async Task<DialogTurnResult> StoreRatingStepAsync(WaterfallStepContext step, HandoffDesk desk, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        var value = step.Options?[RatingOption]?.GetValue<string>() ?? "";
        var parts = value[HandoffDesk.RateValuePrefix.Length..].Split('.');
        if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var rating)
            || !await desk.RateAsync(parts[0], turn.Activity.ChannelId ?? "", turn.Activity.From?.Id ?? "", rating, null, cancellationToken).ConfigureAwait(false))
            return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
        step.Values[TicketKey] = parts[0];
        step.Values[RatingKey] = rating;
        var none = new AnswerOption(NoCommentId, turn.Message(MessageKeys.NoCommentLabel), []);
        return await step.PromptAsync(TextPrompt.DefaultId, new PromptOptions(turn.Message(MessageKeys.RatingCommentPrompt), Choices: [none]), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> StoreCommentStepAsync(WaterfallStepContext step, HandoffDesk desk, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        var comment = step.ResultText;
        if (comment is not null && comment != NoCommentId && comment != turn.Message(MessageKeys.NoCommentLabel))
            await desk.RateAsync(step.Values[TicketKey]!.GetValue<string>(), turn.Activity.ChannelId ?? "", turn.Activity.From?.Id ?? "",
                step.Values[RatingKey]!.GetValue<int>(), comment, cancellationToken).ConfigureAwait(false);
        turn.SendText(turn.Message(MessageKeys.RatingThanks));
        var plan = ChecklistPlanner.For(turn.Content.Checklist, turn.Profile.ChosenMethod);
        if (DossierBuilder.CurrentStep(plan, turn.Profile) is not { } current) return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(ConfirmPrompt.DefaultId, ConfirmPrompt.Options(turn, turn.Message(MessageKeys.ResumeOffer, ("step", current))), cancellationToken).ConfigureAwait(false);
    }

    private static Task<DialogTurnResult> ResumeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Result?.GetValue<bool>() == true
            ? step.BeginDialogAsync(DialogIds.Checklist, null, cancellationToken)
            : step.EndAsync(null, cancellationToken);
}
