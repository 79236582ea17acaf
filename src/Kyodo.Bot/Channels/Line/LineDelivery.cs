using System.Net;
using System.Text.Json.Nodes;
using Kyodo.Bot.Conversation;
using Microsoft.Extensions.Options;

namespace Kyodo.Bot.Channels.Line;

/// <summary>
/// Delivers a turn's LINE messages: by the free reply token while it is fresh, at most 5 messages a call;
/// by push when the token is used up or too old and the plan allows push. Anything that cannot be delivered throws,
/// so the inbox records the event as failed with the reason.
/// An event run again after an interruption (<see cref="TurnReplies.IsRepeat"/>) may have been answered already; it is
/// answered by its reply token only. LINE takes a token once, so a refused token means the first answer went out.
/// </summary>
public sealed class LineDelivery(LineMessagingClient line, IOptions<LineOptions> options, TimeProvider clock, ILogger<LineDelivery> logger)
{
    public async Task DeliverAsync(LineEvent lineEvent, string userId, IReadOnlyList<JsonObject> messages, bool isRepeat, CancellationToken cancellationToken)
    {
        if (messages.Count == 0) return;
        var batches = LineBatches.Fit(messages);
        var first = batches[0];
        var replied = false;
        if (lineEvent.ReplyToken is { } token && clock.GetUtcNow() - lineEvent.Timestamp < TimeSpan.FromSeconds(options.Value.ReplyTokenMaxAgeSeconds))
        {
            try
            {
                await line.ReplyAsync(token, first, cancellationToken).ConfigureAwait(false);
                replied = true;
            }
            catch (LineApiException refused) when (refused.Status == HttpStatusCode.BadRequest && isRepeat)
            {
                logger.LogInformation("The reply token of {EventId}, run again, was refused: it was answered before; nothing more is sent.", lineEvent.WebhookEventId);
                return;
            }
            catch (LineApiException refused) when (refused.Status == HttpStatusCode.BadRequest)
            {
                logger.LogInformation("The reply token of {EventId} was refused; trying push.", lineEvent.WebhookEventId);
            }
        }
        if (isRepeat && !replied)
            throw new InvalidOperationException("The event was run again after an interruption and has no fresh reply token, so it cannot be told whether it was answered; nothing is pushed, so it is not answered twice.");
        foreach (var batch in replied ? batches.Skip(1) : batches)
        {
            if (!options.Value.AllowPush)
                throw new InvalidOperationException("The reply token was used up or expired and Line:AllowPush is false, so the reply could not be sent.");
            await line.PushAsync(userId, batch, cancellationToken).ConfigureAwait(false);
        }
    }
}
