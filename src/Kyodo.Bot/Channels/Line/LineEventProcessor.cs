using System.Text.Json;
using System.Text.Json.Nodes;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Content;
using Kyodo.Bot.Conversation;
using Microsoft.Extensions.Options;

namespace Kyodo.Bot.Channels.Line;

/// <summary>Processes one stored webhook event: runs the turn for a 1:1 chat and delivers the replies.</summary>
public sealed class LineEventProcessor(
    ITurnProcessor bot,
    LineMessagingClient line,
    LineDelivery delivery,
    LineInbox inbox,
    IContentProvider content,
    IOptions<LineOptions> options,
    ILogger<LineEventProcessor> logger)
{
    public async Task ProcessAsync(InboxEvent stored, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(stored.Body);
        var lineEvent = new LineEvent(document.RootElement);
        if (lineEvent.Mode == "standby")
        {
            // Another module owns the chat: the bot must not send.
            logger.LogInformation("LINE event {EventId} arrived in standby mode; nothing is sent.", stored.EventId);
            return;
        }
        switch (lineEvent.Type)
        {
            case "unfollow":
                await inbox.SetFollowingAsync(lineEvent.UserId ?? stored.UserKey, following: false, cancellationToken).ConfigureAwait(false);
                return;
            case "unsend" when lineEvent.UnsentMessageId is { } unsent:
                await inbox.RedactMessageAsync(unsent, cancellationToken).ConfigureAwait(false);
                return;
            case "follow" when lineEvent.UserId is { } follower:
                await inbox.SetFollowingAsync(follower, following: true, cancellationToken).ConfigureAwait(false);
                break;
            case "join":
                await ExplainOneToOneOnlyAsync(lineEvent, cancellationToken).ConfigureAwait(false);
                return;
        }
        if (lineEvent.SourceType != "user" || LineActivityMapper.ToActivity(lineEvent) is not { } activity)
        {
            logger.LogInformation("LINE event {Type} from a {Source} is not for the bot; ignored.", lineEvent.Type, lineEvent.SourceType);
            return;
        }
        if (await inbox.HasUnfollowedAsync(activity.From!.Id!, cancellationToken).ConfigureAwait(false)) return;

        var replies = await RunTurnAsync(activity, cancellationToken).ConfigureAwait(false);
        await delivery.DeliverAsync(lineEvent, activity.From.Id!, LineRenderer.MessagesOf(replies), replies.IsRepeat, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the turn; if it is slow to answer (or the setting is 0: always), shows LINE's loading animation meanwhile.</summary>
    private async Task<TurnReplies> RunTurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        var patience = options.Value.LoadingIndicatorAfterMilliseconds;
        if (patience <= 0) await ShowLoadingAsync(activity, cancellationToken).ConfigureAwait(false);
        var turn = bot.ProcessAsync(activity, cancellationToken);
        if (patience <= 0) return await turn.ConfigureAwait(false);
        try
        {
            // Its timer goes as soon as the turn answers (most do well within the patience).
            return await turn.WaitAsync(TimeSpan.FromMilliseconds(patience), cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException) when (!turn.IsFaulted)   // the patience ran out, not the turn
        {
            await ShowLoadingAsync(activity, cancellationToken).ConfigureAwait(false);
            return await turn.ConfigureAwait(false);
        }
    }

    private async Task ShowLoadingAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Type != ActivityTypes.Message) return;
        try
        {
            await line.ShowLoadingAsync(activity.From!.Id!, 5, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogInformation(exception, "The loading animation could not be shown.");
        }
    }

    /// <summary>In a group the bot says once what it is for, then stays quiet.</summary>
    private async Task ExplainOneToOneOnlyAsync(LineEvent lineEvent, CancellationToken cancellationToken)
    {
        if (lineEvent.ReplyToken is not { } token) return;
        var text = content.Current.Content.Message(MessageKeys.LineGroupOnly);
        await line.ReplyAsync(token, [new JsonObject { ["type"] = "text", ["text"] = text }], cancellationToken).ConfigureAwait(false);
    }
}
