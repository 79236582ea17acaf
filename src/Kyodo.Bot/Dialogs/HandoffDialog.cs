using System.Text.Json.Nodes;
using Kyodo.Bot.Conversation;
using Kyodo.Bot.Dialogs.Cards;
using Kyodo.Bot.Handoff;

namespace Kyodo.Bot.Dialogs;

/// <summary>
/// 「人と話したい」 and the cases where the guidance decides a person should help: finds the desk for the person's
/// area, says which desk and when a reply can come, asks before connecting, takes the person's own words, and opens
/// a ticket. The bot keeps helping while the ticket waits.
/// </summary>
public sealed class HandoffDialog(HandoffDesk desk, TimeProvider clock) : WaterfallDialog(DialogIds.Handoff,
[
    (step, token) => FindDeskStepAsync(step, desk, token),
    (step, token) => ConfirmStepAsync(step, clock, token),
    AskWordsStepAsync,
    (step, token) => OpenTicketStepAsync(step, desk, clock, token),
])
{
    /// <summary>Options: why (an <see cref="EscalationReason"/>) and what the person already said about it.</summary>
    public const string ReasonOption = "reason";
    public const string WordsOption = "words";

    /// <summary>Option: the partner directory ids the person asked to be introduced to (their contacts go to staff only).</summary>
    public const string PartnerIdsOption = "partnerIds";

    private const string DeskKey = "desk";
    private const string NoWordsYet = "";

    private static async Task<DialogTurnResult> FindDeskStepAsync(WaterfallStepContext step, HandoffDesk desk, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        if (await desk.FindOpenAsync(turn.Activity.ChannelId ?? "", turn.Activity.Conversation?.Id ?? "", cancellationToken).ConfigureAwait(false) is not null)
        {
            turn.Send(new ChoiceReply(turn.Message(MessageKeys.HandoffAlreadyOpen), [WithdrawButton(turn)]));
            return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
        }
        return await step.BeginDialogAsync(DialogIds.Desk, new JsonObject { [DeskDialog.PickOnlyOption] = true }, cancellationToken).ConfigureAwait(false);
    }

    private static Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, TimeProvider clock, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        if (step.ResultText is not { } deskId || Find(turn, deskId) is not { } found) return step.EndAsync(null, cancellationToken);
        if (found.ChatHours is not { } hours || hours.NextOpening(clock.GetUtcNow()) is not { } opening)
        {
            turn.SendText(turn.Message(found.TakesChats ? MessageKeys.HandoffNoOpening : MessageKeys.HandoffNoChat));
            turn.Send(new CardReply(DeskCard.Build(turn, found, offerChat: false)));
            return step.EndAsync(null, cancellationToken);
        }
        step.Values[DeskKey] = deskId;
        var when = opening <= clock.GetUtcNow()
            ? turn.Message(MessageKeys.HandoffOpenNow)
            : turn.Message(MessageKeys.HandoffClosedNow, ("next", HandoffTime.Japanese(opening)));
        return step.PromptAsync(ConfirmPrompt.DefaultId, ConfirmPrompt.Options(turn, turn.Message(MessageKeys.HandoffConfirm, ("desk", found.Name), ("when", when))), cancellationToken);
    }

    private static Task<DialogTurnResult> AskWordsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        if (step.Result?.GetValue<bool>() != true)
        {
            turn.SendText(turn.Message(MessageKeys.HandoffDeclined));
            return step.EndAsync(null, cancellationToken);
        }
        if (step.Options?[WordsOption]?.GetValue<string>() is { Length: > 0 } words) return step.NextAsync(words, cancellationToken);
        return step.PromptAsync(TextPrompt.DefaultId, new PromptOptions(turn.Message(MessageKeys.HandoffAskWords)), cancellationToken);
    }

    private static async Task<DialogTurnResult> OpenTicketStepAsync(WaterfallStepContext step, HandoffDesk desk, TimeProvider clock, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        var found = Find(turn, step.Values[DeskKey]!.GetValue<string>())!;
        var reason = Enum.TryParse<EscalationReason>(step.Options?[ReasonOption]?.GetValue<string>(), out var given) ? given : EscalationReason.Asked;
        var activity = turn.Activity;
        var (channelId, conversationId) = (activity.ChannelId ?? "", activity.Conversation?.Id ?? "");
        // A ticket already open here was opened by this same turn before its save lost to another writer (or by another
        // instance meanwhile): the person waits in that one, and is told so as the first run would have told them.
        var ticket = await desk.FindOpenAsync(channelId, conversationId, cancellationToken).ConfigureAwait(false)
            ?? await desk.OpenAsync(new Ticket(TicketStore.NewId(), found.Id, channelId, conversationId, activity.From?.Id ?? "", reason,
                DossierBuilder.Build(turn.Content, turn.Profile, step.ResultText ?? NoWordsYet, turn.Recent, PartnerIds(step)), TicketState.Waiting, clock.GetUtcNow()),
                activity.Id, cancellationToken).ConfigureAwait(false);
        var queuedAt = Find(turn, ticket.DeskId) ?? found;
        // Outside hours the person also gets the desk's phone and e-mail, in case it cannot wait.
        if (queuedAt.ChatHours?.IsOpen(clock.GetUtcNow()) != true) turn.Send(new CardReply(DeskCard.Build(turn, queuedAt, offerChat: false)));
        turn.Send(new ChoiceReply(turn.Message(MessageKeys.HandoffQueued, ("desk", queuedAt.Name)), [WithdrawButton(turn)]));
        return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private static string[] PartnerIds(WaterfallStepContext step) =>
        step.Options?[PartnerIdsOption] is System.Text.Json.Nodes.JsonArray ids ? ids.Select(id => id!.GetValue<string>()).ToArray() : [];

    private static ReplyButton WithdrawButton(TurnContext turn) => new(turn.Message(MessageKeys.HandoffWithdrawLabel), HandoffDesk.WithdrawValue);

    private static Desk? Find(TurnContext turn, string deskId) => turn.Content.Desks.Desks.FirstOrDefault(d => d.Id == deskId);
}
