using System.Text.Json;
using System.Text.RegularExpressions;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Channels.Teams;
using Kyodo.Bot.Conversation;

namespace Kyodo.Bot.Handoff.Teams;

/// <summary>
/// What desk staff do in their Teams channel: bind it to a desk (「窓口登録 &lt;desk id&gt;」, admins only), press
/// 「対応する」 / 「対応終了」 on a ticket card, and reply in the card's thread (relayed to the person). Returns the
/// answers for the staff member, or null when the activity is not staff work and goes to the bot as usual.
/// </summary>
public sealed partial class TeamsStaffInbound(
    DeskChannelStore channels, ConversationReferenceStore references, TicketStore tickets, HandoffDesk desk,
    IContentProvider content, HandoffOptions options, ILogger<TeamsStaffInbound> logger)
{
    public async Task<IReadOnlyList<string>?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Conversation?.Id is not { } conversationId || activity.Conversation.ConversationType != "channel") return null;
        var channel = TeamsThread.ChannelOf(conversationId);
        var text = activity.Text is { } raw ? Mention().Replace(raw, "").Trim() : null;
        if (text is not null && BindCommand().Match(text) is { Success: true } bind)
            return [await BindAsync(activity, channel, bind.Groups["desk"].Value, cancellationToken).ConfigureAwait(false)];

        var deskId = await channels.DeskOfAsync(channel, cancellationToken).ConfigureAwait(false);
        if (deskId is null) return null;
        var staff = new StaffMember("teams:" + (activity.From?.AadObjectId ?? activity.From?.Id ?? ""), activity.From?.Name ?? "", deskId);
        if (CardAction(activity) is { } action)
            return await ActAsync(action, staff, cancellationToken).ConfigureAwait(false);
        if (text is { Length: > 0 } && TeamsThread.RootMessageOf(conversationId) is { } root
            && await tickets.FindByTeamsCardAsync(root, cancellationToken).ConfigureAwait(false) is { } ticket)
            return Answer(await desk.ReplyAsync(ticket.Id, staff, text, cancellationToken).ConfigureAwait(false));
        return null;
    }

    private async Task<string> BindAsync(Activity activity, string channel, string deskId, CancellationToken cancellationToken)
    {
        var who = activity.From?.AadObjectId ?? activity.From?.Id ?? "";
        if (!options.TeamsAdmins.Contains(who))
        {
            logger.LogWarning("A desk binding was refused: the sender is not a configured Teams admin.");
            return Message(MessageKeys.DeskBindRefused);
        }
        if (content.Current.Content.Desks.Desks.FirstOrDefault(d => d.Id == deskId) is not { } found)
            return Message(MessageKeys.DeskBindUnknown, ("id", deskId));
        if (ConversationReference.Of(activity) is { } reference)
            await references.SaveAsync(reference with { Conversation = new ConversationAccount { Id = channel, ConversationType = "channel", IsGroup = true, TenantId = activity.Conversation?.TenantId } }, cancellationToken).ConfigureAwait(false);
        await channels.BindAsync(found.Id, channel, who, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Desk {DeskId} was bound to a Teams channel.", found.Id);
        return Message(MessageKeys.DeskBound, ("desk", found.Name));
    }

    private async Task<IReadOnlyList<string>> ActAsync(JsonElement action, StaffMember staff, CancellationToken cancellationToken)
    {
        var ticketId = Text(action, TicketCard.TicketKey) ?? "";
        var result = Text(action, TicketCard.ActionKey) switch
        {
            TicketCard.TakeAction => await desk.TakeAsync(ticketId, staff, cancellationToken).ConfigureAwait(false),
            TicketCard.CloseAction => await desk.CloseAsync(ticketId, staff,
                Enum.TryParse<TicketOutcome>(Text(action, TicketCard.OutcomeKey), out var outcome) && outcome != TicketOutcome.Withdrawn ? outcome : TicketOutcome.Resolved,
                Text(action, TicketCard.NoteKey), cancellationToken).ConfigureAwait(false),
            _ => new StaffActionResult(StaffActionStatus.NotFound, null),
        };
        return Answer(result);
    }

    private IReadOnlyList<string> Answer(StaffActionResult result) => result.Status switch
    {
        StaffActionStatus.Done => [],
        StaffActionStatus.TakenByOther => [Message(MessageKeys.StaffAlreadyTaken, ("name", result.Ticket?.AssignedName ?? ""))],
        StaffActionStatus.Closed => [Message(MessageKeys.StaffTicketClosed)],
        StaffActionStatus.NotOwner => [Message(MessageKeys.StaffNotOwner)],
        StaffActionStatus.NotDelivered => [Message(MessageKeys.StaffNotDelivered, ("error", result.Error ?? ""))],
        _ => [Message(MessageKeys.StaffOtherDesk)],
    };

    /// <summary>The card's submit data: a message's <c>value</c> (Action.Submit) or an invoke's <c>action.data</c> (Action.Execute).</summary>
    private static JsonElement? CardAction(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value) return null;
        var data = activity.Type == ActivityTypes.Invoke && value.TryGetMember("action", out var action) && action.TryGetMember("data", out var inner) ? inner : value;
        return data.ValueKind == JsonValueKind.Object && data.TryGetProperty(TicketCard.ActionKey, out _) ? data : null;
    }

    private static string? Text(JsonElement element, string name) =>
        element.StringMember(name);

    private string Message(string key, params (string Name, object Value)[] values) => MessageFormatter.Format(content.Current.Content.Message(key), values);

    [GeneratedRegex("<at>.*?</at>", RegexOptions.Singleline)]
    private static partial Regex Mention();

    [GeneratedRegex(@"^窓口登録\s+(?<desk>[A-Za-z0-9_\-]+)$")]
    private static partial Regex BindCommand();
}
