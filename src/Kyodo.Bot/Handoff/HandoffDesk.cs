using Kyodo.Bot.Conversation;
using Kyodo.Bot.Conversation.Replies;
using Kyodo.Bot.Handoff.Delivery;

namespace Kyodo.Bot.Handoff;

/// <summary>
/// The handoff state machine: a ticket is opened (waiting), one staff member takes it (in progress, the bot falls
/// silent), messages are relayed both ways and kept in the store, and closing hands the conversation back to the bot,
/// which thanks the person and asks for a rating. Staff act only on their own desk's tickets.
/// </summary>
public sealed class HandoffDesk(
    TicketStore tickets, PersonMessenger person, IEnumerable<IStaffNotifier> notifiers, IContentProvider content,
    TimeProvider clock, ILogger<HandoffDesk> logger)
{
    /// <summary>Rating buttons carry <c>handoff.rate.{ticket}.{1-5}</c>; the withdraw button <c>handoff.withdraw</c>.</summary>
    public const string RateValuePrefix = "handoff.rate.";
    public const string WithdrawValue = "handoff.withdraw";
    public const string AskValue = "handoff.ask";

    /// <summary>A 「相談員と話したい」 button offered by the guidance itself, carrying why: <c>handoff.ask.{reason}</c>.</summary>
    public static string AskValueFor(EscalationReason reason) => $"{AskValue}.{reason}";

    /// <summary>Opens the ticket; the person's words are kept as sent in <paramref name="activityId"/> (the activity that asked).</summary>
    public async Task<Ticket> OpenAsync(Ticket ticket, string? activityId, CancellationToken cancellationToken)
    {
        await tickets.CreateAsync(ticket, cancellationToken).ConfigureAwait(false);
        await tickets.AddPersonMessageOnceAsync(ticket.Id, new TranscriptLine(Speaker.Person, ticket.Dossier.Words, ticket.WaitingSince), activityId, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Ticket {TicketId} opened for desk {DeskId} ({Reason}).", ticket.Id, ticket.DeskId, ticket.Reason);
        await NotifyAsync(n => n.TicketOpenedAsync(ticket, cancellationToken)).ConfigureAwait(false);
        return ticket;
    }

    public Task<Ticket?> FindOpenAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        tickets.FindOpenAsync(channelId, conversationId, cancellationToken);

    /// <summary>Keeps what the person sent in <paramref name="activityId"/> for staff and tells them, once per activity.</summary>
    public async Task RecordPersonAsync(Ticket ticket, string text, string? activityId, CancellationToken cancellationToken)
    {
        var line = new TranscriptLine(Speaker.Person, text, clock.GetUtcNow());
        if (!await tickets.AddPersonMessageOnceAsync(ticket.Id, line, activityId, cancellationToken).ConfigureAwait(false)) return;
        await NotifyAsync(n => n.PersonSaidAsync(ticket, line, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<StaffActionResult> TakeAsync(string ticketId, StaffMember staff, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(ticketId, staff, cancellationToken).ConfigureAwait(false) is { Succeeded: false } refused) return refused;
        if (!await tickets.TryAssignAsync(ticketId, staff, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            var current = await tickets.FindAsync(ticketId, cancellationToken).ConfigureAwait(false);
            var status = current?.State == TicketState.Closed ? StaffActionStatus.Closed
                : current?.AssignedTo == staff.Id ? StaffActionStatus.Done : StaffActionStatus.TakenByOther;
            return new StaffActionResult(status, current);
        }
        var taken = (await tickets.FindAsync(ticketId, cancellationToken).ConfigureAwait(false))!;
        logger.LogInformation("Ticket {TicketId} taken by staff {StaffId}.", ticketId, staff.Id);
        await SendToPersonAsync(taken, [new TextReply(Message(MessageKeys.HandoffTaken, ("name", staff.Name)))], Speaker.Bot, null, cancellationToken).ConfigureAwait(false);
        await NotifyAsync(n => n.TicketChangedAsync(taken, cancellationToken)).ConfigureAwait(false);
        return new StaffActionResult(StaffActionStatus.Done, taken);
    }

    public async Task<StaffActionResult> ReplyAsync(string ticketId, StaffMember staff, string text, CancellationToken cancellationToken)
    {
        var allowed = await AllowedAsync(ticketId, staff, cancellationToken).ConfigureAwait(false);
        if (allowed is not { Succeeded: true, Ticket: { } ticket }) return allowed;
        if (ticket.State == TicketState.Closed) return new StaffActionResult(StaffActionStatus.Closed, ticket);
        if (ticket.AssignedTo != staff.Id) return new StaffActionResult(StaffActionStatus.NotOwner, ticket);
        var error = await SendToPersonAsync(ticket, [new TextReply(Message(MessageKeys.StaffSays, ("text", text)))], Speaker.Staff, staff.Name, cancellationToken, text).ConfigureAwait(false);
        return new StaffActionResult(error is null ? StaffActionStatus.Done : StaffActionStatus.NotDelivered, ticket, error);
    }

    public async Task<StaffActionResult> CloseAsync(string ticketId, StaffMember staff, TicketOutcome outcome, string? note, CancellationToken cancellationToken)
    {
        var allowed = await AllowedAsync(ticketId, staff, cancellationToken).ConfigureAwait(false);
        if (allowed is not { Succeeded: true, Ticket: { } ticket }) return allowed;
        if (ticket.State == TicketState.InProgress && ticket.AssignedTo != staff.Id && !staff.IsAdmin) return new StaffActionResult(StaffActionStatus.NotOwner, ticket);
        if (!await tickets.TryCloseAsync(ticketId, outcome, note, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false))
            return new StaffActionResult(StaffActionStatus.Closed, ticket);
        var closed = (await tickets.FindAsync(ticketId, cancellationToken).ConfigureAwait(false))!;
        logger.LogInformation("Ticket {TicketId} closed by staff {StaffId}: {Outcome}.", ticketId, staff.Id, outcome);
        var rating = Enumerable.Range(1, 5).Select(n => new ReplyButton(n.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{RateValuePrefix}{ticketId}.{n}")).ToArray();
        await SendToPersonAsync(closed, [new ChoiceReply(Message(MessageKeys.HandoffClosed), rating)], Speaker.Bot, null, cancellationToken).ConfigureAwait(false);
        await NotifyAsync(n => n.TicketChangedAsync(closed, cancellationToken)).ConfigureAwait(false);
        return new StaffActionResult(StaffActionStatus.Done, closed);
    }

    /// <summary>The person left the queue (やめる while waiting).</summary>
    public async Task WithdrawAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        if (!await tickets.TryCloseAsync(ticket.Id, TicketOutcome.Withdrawn, null, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false)) return;
        var closed = (await tickets.FindAsync(ticket.Id, cancellationToken).ConfigureAwait(false))!;
        await NotifyAsync(n => n.TicketChangedAsync(closed, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Stores the person's rating of their own closed consultation; false for someone else's ticket.</summary>
    public async Task<bool> RateAsync(string ticketId, string channelId, string userId, int rating, string? comment, CancellationToken cancellationToken)
    {
        var ticket = await tickets.FindAsync(ticketId, cancellationToken).ConfigureAwait(false);
        if (ticket is null || ticket.ChannelId != channelId || ticket.UserId != userId || rating is < 1 or > 5) return false;
        await tickets.RateAsync(ticketId, rating, comment, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<StaffActionResult> AllowedAsync(string ticketId, StaffMember staff, CancellationToken cancellationToken)
    {
        var ticket = await tickets.FindAsync(ticketId, cancellationToken).ConfigureAwait(false);
        if (ticket is null) return new StaffActionResult(StaffActionStatus.NotFound, null);
        if (ticket.DeskId != staff.DeskId && !staff.IsAdmin)
        {
            logger.LogWarning("Staff {StaffId} of desk {StaffDesk} was refused ticket {TicketId} of desk {DeskId}.", staff.Id, staff.DeskId, ticketId, ticket.DeskId);
            return new StaffActionResult(StaffActionStatus.OtherDesk, null);
        }
        return new StaffActionResult(StaffActionStatus.Done, ticket);
    }

    /// <summary>Stores the message first (nothing is lost), then delivers; returns the delivery error, if any.</summary>
    private async Task<string?> SendToPersonAsync(Ticket ticket, IReadOnlyList<Reply> replies, Speaker speaker, string? name, CancellationToken cancellationToken, string? transcriptText = null)
    {
        var text = transcriptText ?? string.Join("\n", replies.Select(r => r.Summary));
        var seq = await tickets.AddMessageAsync(ticket.Id, new TranscriptLine(speaker, text, clock.GetUtcNow(), name), delivered: false, cancellationToken).ConfigureAwait(false);
        try
        {
            await person.SendAsync(ticket, replies, cancellationToken).ConfigureAwait(false);
            await tickets.MarkDeliveryAsync(seq, true, null, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "A message of ticket {TicketId} could not be delivered to the person.", ticket.Id);
            await tickets.MarkDeliveryAsync(seq, false, exception.Message, cancellationToken).ConfigureAwait(false);
            return exception.Message;
        }
    }

    private async Task NotifyAsync(Func<IStaffNotifier, Task> notify)
    {
        foreach (var notifier in notifiers)
        {
            try
            {
                await notify(notifier).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The ticket is stored whatever happens here; the console still shows it.
                logger.LogWarning(exception, "A staff surface ({Notifier}) could not be told about a ticket.", notifier.GetType().Name);
            }
        }
    }

    private string Message(string key, params (string Name, object Value)[] values) =>
        MessageFormatter.Format(content.Current.Content.Message(key), values);
}
