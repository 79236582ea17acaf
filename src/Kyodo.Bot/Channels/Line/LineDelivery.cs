using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Kyodo.Bot.Channels.Line;

/// <summary>
/// Delivers a turn's LINE messages: by the free reply token while it is fresh, at most 5 messages a call;
/// by push when the token is used up or too old and the plan allows push. Anything that cannot be delivered throws,
/// so the inbox records the event as failed with the reason.
/// </summary>
public sealed class LineDelivery(LineMessagingClient line, IOptions<LineOptions> options, TimeProvider clock, ILogger<LineDelivery> logger)
{
    public async Task DeliverAsync(LineEvent lineEvent, string userId, IReadOnlyList<JsonObject> messages, CancellationToken cancellationToken)
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
            catch (LineApiException refused) when (refused.Status == HttpStatusCode.BadRequest)
            {
                logger.LogInformation("The reply token of {EventId} was refused; trying push.", lineEvent.WebhookEventId);
            }
        }
        foreach (var batch in replied ? batches.Skip(1) : batches)
        {
            if (!options.Value.AllowPush)
                throw new InvalidOperationException("The reply token was used up or expired and Line:AllowPush is false, so the reply could not be sent.");
            await line.PushAsync(userId, batch, cancellationToken).ConfigureAwait(false);
        }
    }
}
