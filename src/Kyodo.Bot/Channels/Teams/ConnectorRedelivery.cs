namespace Kyodo.Bot.Channels.Teams;

/// <summary>
/// Tries the replies in <see cref="ConnectorOutbox"/> again, every <see cref="TeamsOptions.RedeliveryInterval"/> and
/// then less often (doubling, at most ten minutes apart), until the Connector takes them; after
/// <see cref="TeamsOptions.RedeliverFor"/>, or at once when the Connector refuses them for good (a 4xx other than 429),
/// they are marked failed with the reason. A conversation's entries go out in order: while an earlier one waits, the
/// later ones wait too.
/// </summary>
public sealed class ConnectorRedelivery(
    ConnectorOutbox outbox, ConnectorClient connector, ConversationReferenceStore references, TeamsOptions options, TimeProvider clock, ILogger<ConnectorRedelivery> logger) : BackgroundService
{
    private const int ClaimedAtOnce = 50;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RedeliverDueAsync(stoppingToken).ConfigureAwait(false);
                await outbox.RefreshAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(options.RedeliveryInterval, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "The Connector outbox could not be read; trying again later.");
                await Task.Delay(options.RedeliveryInterval, clock, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Tries every due entry once; a conversation's later entries wait while an earlier one of this round failed.</summary>
    private async Task RedeliverDueAsync(CancellationToken cancellationToken)
    {
        var waiting = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var entry in await outbox.ClaimDueAsync(ClaimedAtOnce, Lease, cancellationToken).ConfigureAwait(false))
        {
            if (waiting.TryGetValue(entry.ConversationId, out var earlierRetry))
                await outbox.RetryLaterAsync(entry.Sequence, entry.Attempts, earlierRetry, "An earlier reply in this conversation is not delivered yet.", cancellationToken).ConfigureAwait(false);
            else if (await TryDeliverAsync(entry, cancellationToken).ConfigureAwait(false) is { } retryAt)
                waiting[entry.ConversationId] = retryAt;
        }
    }

    /// <summary>Sends the entry's replies in order; returns null when all went out or it was given up, else when it is tried again.</summary>
    private async Task<DateTimeOffset?> TryDeliverAsync(ConnectorOutbox.Entry entry, CancellationToken cancellationToken)
    {
        // The conversation's reference (saved from the authenticated activity) lets the Connector client call its service
        // URL after a restart too, and has the newest one should it have moved.
        var serviceUrl = (await references.FindAsync(entry.ChannelId, entry.ConversationId, cancellationToken).ConfigureAwait(false))?.ServiceUrl ?? entry.ServiceUrl;
        for (var i = 0; i < entry.Replies.Count; i++)
        {
            try
            {
                await connector.ReplyAsync(serviceUrl, entry.ConversationId, entry.ReplyToId, entry.Replies[i], cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                if (i > 0) await outbox.DeliveredAsync(entry.Sequence, entry.Replies.Skip(i).ToArray(), cancellationToken).ConfigureAwait(false);
                return await GiveUpOrRetryAsync(entry, exception, cancellationToken).ConfigureAwait(false);
            }
        }
        await outbox.DeliveredAsync(entry.Sequence, [], cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Replies the Connector had not taken were delivered (outbox entry {Sequence}, try {Attempt}).", entry.Sequence, entry.Attempts + 1);
        return null;
    }

    private async Task<DateTimeOffset?> GiveUpOrRetryAsync(ConnectorOutbox.Entry entry, Exception exception, CancellationToken cancellationToken)
    {
        var attempts = entry.Attempts + 1;
        var now = clock.GetUtcNow();
        if (ConnectorOutbox.IsRefusedForGood(exception) || now - entry.Since >= options.RedeliverFor)
        {
            await outbox.FailAsync(entry.Sequence, attempts, exception.Message, cancellationToken).ConfigureAwait(false);
            logger.LogError("Replies to a Teams conversation could not be delivered and are given up (outbox entry {Sequence}, {Attempts} tries): {Reason}",
                entry.Sequence, attempts, exception.Message);
            return null;
        }
        var wait = options.RedeliveryInterval * Math.Pow(2, Math.Min(attempts, 16));
        var retryAt = now + (wait < LongestWait ? wait : LongestWait);
        await outbox.RetryLaterAsync(entry.Sequence, attempts, retryAt, exception.Message, cancellationToken).ConfigureAwait(false);
        return retryAt;
    }
}
