using Kyodo.Bot.Activities;
using Kyodo.Bot.Conversation;

namespace Kyodo.Bot.Handoff;

/// <summary>
/// While a staff member owns the conversation the bot stays silent and the person's messages go to the ticket
/// (and on to the staff surfaces). While the ticket waits, the person's messages are kept for staff and the bot keeps
/// helping; 「相談を取り消す」, or やめる outside any dialog, leaves the queue.
/// </summary>
public sealed class HandoffGate(HandoffDesk desk) : ITurnGate
{
    public async Task<bool> InterceptAsync(TurnContext turn, ConversationState conversation, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Type != ActivityTypes.Message || activity.ChannelId is not { } channelId || activity.Conversation?.Id is not { } conversationId) return false;
        if (await desk.FindOpenAsync(channelId, conversationId, cancellationToken).ConfigureAwait(false) is not { } ticket) return false;

        if (ticket.State == TicketState.Waiting && WantsToLeave(turn, conversation))
        {
            await desk.WithdrawAsync(ticket, cancellationToken).ConfigureAwait(false);
            turn.SendText(turn.Message(MessageKeys.HandoffWithdrawn));
            GuidanceBot.ShowMenu(turn);
            return true;
        }
        if (turn.ButtonValue is not null && turn.Text is null && ticket.State == TicketState.Waiting) return false;
        await desk.RecordPersonAsync(ticket, WhatWasSent(turn), activity.Id, cancellationToken).ConfigureAwait(false);
        return ticket.State == TicketState.InProgress;
    }

    public async Task<bool> IsOwnedByPersonAsync(Activity activity, CancellationToken cancellationToken) =>
        activity.ChannelId is { } channelId && activity.Conversation?.Id is { } conversationId
        && await desk.FindOpenAsync(channelId, conversationId, cancellationToken).ConfigureAwait(false) is { State: TicketState.InProgress };

    private static bool WantsToLeave(TurnContext turn, ConversationState conversation) =>
        turn.ButtonValue == HandoffDesk.WithdrawValue
        || (conversation.DialogStack.Count == 0 && Interruption.Detect(turn).Kind == InterruptionKind.Cancel);

    /// <summary>Text as typed; a sticker, image … as what it is, so staff know something arrived.</summary>
    private static string WhatWasSent(TurnContext turn)
    {
        if (turn.Text is { } text) return text;
        if (turn.ButtonValue is { } value) return value;
        var kind = turn.Activity.Attachments?.FirstOrDefault()?.ContentType ?? "";
        var name = kind[(kind.LastIndexOf('.') + 1)..];
        var label = turn.Content.Messages.TryGetValue(MessageKeys.AttachmentPrefix + name, out var known) ? known : turn.Message(MessageKeys.AttachmentOther);
        return turn.Message(MessageKeys.PersonSentAttachment, ("kind", label));
    }
}
