using System.Text.Json.Nodes;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Content;
using Kyodo.Bot.Conversation.Dialogs;
using Kyodo.Bot.Conversation.Replies;
using Kyodo.Bot.Dialogs;
using Kyodo.Bot.Dialogs.Cards;
using Kyodo.Bot.Guidance;

namespace Kyodo.Bot.Conversation;

/// <summary>
/// The root of every turn: greets, handles interruptions, continues the active dialog,
/// and routes a message that arrives with no dialog active (menu choice, question, or "not understood").
/// </summary>
public sealed class GuidanceBot(DialogSet dialogs, BotLimits limits)
{
    public async Task OnTurnAsync(TurnContext turn, ConversationState state, CancellationToken cancellationToken)
    {
        turn.Conversation = state;
        var dc = new DialogContext(dialogs, turn, state.DialogStack);
        turn.AnswerAside = AnswerQuestionAside;
        if (turn.Activity.Type == ActivityTypes.ConversationUpdate)
        {
            if (SomeoneJoined(turn.Activity) && !turn.Profile.Welcomed)
            {
                Welcome(turn);
                ShowMenu(turn);
            }
            return;
        }
        if (turn.Activity.Type != ActivityTypes.Message) return;

        var firstContact = !turn.Profile.Welcomed;
        if (firstContact) Welcome(turn);
        if (turn.Text is null && turn.ButtonValue is null)
        {
            turn.SendText(turn.Message(turn.Activity.Attachments is { Count: > 0 } ? MessageKeys.NonText : MessageKeys.EmptyText));
            await RepromptOrMenuAsync(dc, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (turn.Text is { } text && text.Length > limits.MaxTextLength)
        {
            turn.SendText(turn.Message(MessageKeys.TextTooLong, ("max", limits.MaxTextLength)));
            await RepromptOrMenuAsync(dc, cancellationToken).ConfigureAwait(false);
            return;
        }

        var interruption = Interruption.Detect(turn);
        // Inside the handoff itself, words like 「相談したい」 are the person's answer, not a new request.
        if (interruption.Kind is InterruptionKind.Human or InterruptionKind.Legal or InterruptionKind.Distress && dc.Stack.Any(d => d.Id == DialogIds.Handoff))
            interruption = new Interruption(InterruptionKind.None);
        var result = await HandleInterruptionAsync(dc, interruption, cancellationToken).ConfigureAwait(false)
            ?? await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty)
            result = await RouteAsync(dc, firstContact, cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Complete) ShowMenu(turn);
    }

    /// <summary>For an activity already applied: asks the current question again (or shows the menu), changing nothing.</summary>
    public Task AskAgainAsync(TurnContext turn, ConversationState state, CancellationToken cancellationToken)
    {
        turn.Conversation = state;
        return RepromptOrMenuAsync(new DialogContext(dialogs, turn, state.DialogStack), cancellationToken);
    }

    public static void ShowMenu(TurnContext turn) =>
        turn.Send(new ChoiceReply(
            turn.Message(MessageKeys.MenuPrompt),
            turn.Content.Menu.Select(m => new ReplyButton(m.Label, Interruption.MenuValuePrefix + m.Id)).ToArray()));

    private static void Welcome(TurnContext turn)
    {
        turn.Profile.Welcomed = true;
        turn.Record(Stats.ConsultationEventKinds.Consultation);
        turn.SendText(turn.Message(MessageKeys.Welcome));
    }

    private static bool SomeoneJoined(Activity activity) =>
        activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true;

    /// <summary>Null when there was no interruption, so the active dialog continues.</summary>
    private static async Task<DialogTurnResult?> HandleInterruptionAsync(DialogContext dc, Interruption interruption, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        switch (interruption.Kind)
        {
            case InterruptionKind.Help:
                turn.SendText(turn.Message(MessageKeys.Help));
                await RepromptOrMenuAsync(dc, cancellationToken).ConfigureAwait(false);
                return DialogTurnResult.Waiting;
            case InterruptionKind.Cancel:
                dc.CancelAllDialogs();
                turn.SendText(turn.Message(MessageKeys.Cancelled));
                ShowMenu(turn);
                return DialogTurnResult.Waiting;
            case InterruptionKind.Restart:
                dc.CancelAllDialogs();
                ShowMenu(turn);
                return DialogTurnResult.Waiting;
            case InterruptionKind.DeleteData:
                dc.CancelAllDialogs();
                return await dc.BeginDialogAsync(DialogIds.DeleteData, null, cancellationToken).ConfigureAwait(false);
            case InterruptionKind.Human:
                return await dc.BeginDialogAsync(DialogIds.Handoff, new JsonObject { [HandoffDialog.ReasonOption] = interruption.Detail }, cancellationToken).ConfigureAwait(false);
            case InterruptionKind.Legal or InterruptionKind.Distress:
                turn.SendText(turn.Message(interruption.Kind == InterruptionKind.Legal ? MessageKeys.EscalationOfferLegal : MessageKeys.EscalationOfferDistress));
                return await dc.BeginDialogAsync(DialogIds.Handoff, new JsonObject
                {
                    [HandoffDialog.ReasonOption] = interruption.Kind.ToString(),
                    [HandoffDialog.WordsOption] = turn.Text,
                }, cancellationToken).ConfigureAwait(false);
            case InterruptionKind.Rating:
                dc.CancelAllDialogs();
                return await dc.BeginDialogAsync(DialogIds.Feedback, new JsonObject { [FeedbackDialog.RatingOption] = interruption.Detail }, cancellationToken).ConfigureAwait(false);
            case InterruptionKind.MenuItem when interruption.Detail is { } id && DialogIds.ForMenuItem(id) is { } dialogId:
                dc.CancelAllDialogs();
                return await dc.BeginDialogAsync(dialogId, null, cancellationToken).ConfigureAwait(false);
            default:
                return null;
        }
    }

    /// <summary>
    /// Free text with no dialog active: a menu label or number starts that item; otherwise the intent recognizer decides —
    /// a described project starts the diagnosis with those words, a question goes to the FAQ, small talk and out-of-scope
    /// requests get a polite phrase and the menu, and when it is unsure the person gets a polite answer and the menu.
    /// </summary>
    private static async Task<DialogTurnResult> RouteAsync(DialogContext dc, bool justWelcomed, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        if (turn.Text is { } text)
        {
            var intent = turn.Intents.Recognize(text);
            switch (intent.Intent)
            {
                case IntentIds.Question when !intent.Exact:
                    return await dc.BeginDialogAsync(DialogIds.Question, new JsonObject { [QuestionDialog.QuestionOption] = text }, cancellationToken).ConfigureAwait(false);
                case IntentIds.Diagnose when !intent.Exact && !turn.Intents.MentionsMenuKeyword(IntentIds.Diagnose, text):
                    return await dc.BeginDialogAsync(DialogIds.Diagnose, new JsonObject { [DiagnoseDialog.DescriptionOption] = text }, cancellationToken).ConfigureAwait(false);
                case IntentIds.Desk when !intent.Exact:
                    return await dc.BeginDialogAsync(DialogIds.Desk, new JsonObject { [DeskDialog.TextOption] = text }, cancellationToken).ConfigureAwait(false);
                case IntentIds.Partner when !intent.Exact:
                    return await dc.BeginDialogAsync(DialogIds.Partner, new JsonObject { [PartnerDialog.TextOption] = text }, cancellationToken).ConfigureAwait(false);
                case IntentIds.SmallTalk or IntentIds.OutOfScope:
                    turn.SendText(turn.Message(turn.Intents.ReplyMessage(intent.Intent, text) ?? MessageKeys.NotUnderstood));
                    ShowMenu(turn);
                    return DialogTurnResult.Waiting;
                case { } id when DialogIds.ForMenuItem(id) is { } dialogId:
                    return await dc.BeginDialogAsync(dialogId, null, cancellationToken).ConfigureAwait(false);
            }
            // Unsure which intent, but the FAQ knows this question well: answer it (the FAQ has its own thresholds).
            if (turn.Faq.Answer(text).Kind == FaqAnswerKind.Best)
                return await dc.BeginDialogAsync(DialogIds.Question, new JsonObject { [QuestionDialog.QuestionOption] = text }, cancellationToken).ConfigureAwait(false);
        }
        if (!justWelcomed) turn.SendText(turn.Message(MessageKeys.NotUnderstood));
        ShowMenu(turn);
        return DialogTurnResult.Waiting;
    }

    /// <summary>
    /// Text typed where an answer was expected that is clearly something else: a question is answered from the guidance,
    /// small talk or an out-of-scope request gets its polite phrase; then the prompt asks again. Anything less clear is a miss.
    /// </summary>
    private static bool AnswerQuestionAside(TurnContext turn)
    {
        if (turn.Text is not { } text) return false;
        var intent = turn.Intents.Recognize(text);
        switch (intent.Intent)
        {
            case IntentIds.Question when !intent.Exact && turn.Faq.Answer(text) is { Kind: FaqAnswerKind.Best } answer:
                turn.Send(new CardReply(FaqCard.Build(turn, answer.Matches[0].Entry)));
                return true;
            case IntentIds.SmallTalk or IntentIds.OutOfScope when turn.Intents.ReplyMessage(intent.Intent, text) is { } reply:
                turn.SendText(turn.Message(reply));
                return true;
            default:
                return false;
        }
    }

    private static async Task RepromptOrMenuAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog is null) ShowMenu(dc.Turn);
        else await dc.RepromptAsync(cancellationToken).ConfigureAwait(false);
    }
}
