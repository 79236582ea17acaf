using System.Text.Json;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Channels;
using Kyodo.Bot.Channels.WebChat;
using Kyodo.Bot.Content;
using Kyodo.Bot.Handoff;
using Kyodo.Bot.Logging;
using Kyodo.Bot.Conversation.Replies;
using Kyodo.Bot.Stats;
using Kyodo.Bot.Storage;
using Microsoft.Extensions.Logging;

namespace Kyodo.Bot.Conversation;

/// <summary>
/// Runs a turn end to end: load the conversation and the person's state, run the bot, save both with optimistic
/// concurrency (a conflicting write reruns the turn on fresh state), render the replies for the channel.
/// A turn that throws is logged, the person gets an apology, and the conversation's dialog stack is reset.
/// </summary>
public sealed class TurnProcessor(
    IStateStore store,
    IContentProvider contentProvider,
    GuidanceBot bot,
    IEnumerable<IReplyRenderer> renderers,
    IEnumerable<IPersonalDataEraser> erasers,
    IEnumerable<ITurnGate> gates,
    ConsultationEvents consultationEvents,
    PersonRateLimiter rateLimiter,
    ILogger<TurnProcessor> logger) : ITurnProcessor
{
    private const int MaxAttempts = 3;
    private readonly KeyedLock _conversationLocks = new();

    public async Task<TurnReplies> ProcessAsync(Activity incoming, CancellationToken cancellationToken)
    {
        using var correlation = logger.BeginCorrelation(incoming.Id);
        try
        {
            return await ProcessWithStateAsync(incoming, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not ConcurrencyConflictException)
        {
            // Storage itself failed: nothing was saved, so the person is asked to try again rather than left without an answer.
            logger.LogError(exception, "A turn could not load or save its state.");
            return Render([new TextReply(contentProvider.Current.Content.Message(MessageKeys.ErrorApology))], incoming);
        }
    }

    private async Task<TurnReplies> ProcessWithStateAsync(Activity incoming, CancellationToken cancellationToken)
    {
        if (incoming.Conversation?.Id is not { Length: > 0 } conversationId || incoming.From?.Id is not { Length: > 0 } userId)
        {
            logger.LogWarning("Ignored a {Type} activity without conversation or sender id.", incoming.Type);
            return TurnReplies.None;
        }
        var channelId = incoming.ChannelId ?? "unknown";
        switch (rateLimiter.Check(channelId, userId))
        {
            case PersonRateLimiter.Decision.SayToSlowDown:
                logger.LogWarning("A person on {ChannelId} sends faster than the limit; their turns are not run for now.", channelId);
                return Render([new TextReply(contentProvider.Current.Content.Message(MessageKeys.SlowDown))], incoming);
            case PersonRateLimiter.Decision.Drop:
                return TurnReplies.None;
        }
        var keys = (Conversation: StateKeys.Conversation(channelId, conversationId), User: StateKeys.User(channelId, userId));
        using var turnLock = await _conversationLocks.AcquireAsync(keys.Conversation, cancellationToken).ConfigureAwait(false);

        for (var attempt = 1; ; attempt++)
        {
            var content = contentProvider.Current;
            var stored = await store.ReadManyAsync([keys.Conversation, keys.User], cancellationToken).ConfigureAwait(false);
            var conversation = Load(keys.Conversation, stored, ConversationStateJson.Read);
            var profile = Load(keys.User, stored, utf8 => UserProfileJson.Read(utf8.Span));
            var turn = new TurnContext(incoming, content, profile.Value);
            if (incoming.Id is { Length: > 0 } activityId && activityId == conversation.Value.LastActivityId)
                return await RepeatAsync(turn, conversation.Value, cancellationToken).ConfigureAwait(false);
            conversation.Value.LastActivityId = incoming.Id;
            var failed = await RunBotAsync(turn, conversation.Value, cancellationToken).ConfigureAwait(false);
            try
            {
                var writes = new List<StateWrite>(2);
                AddIfChanged(writes, keys.Conversation, conversation, ConversationStateJson.Write);
                // A failed turn keeps the person's profile as it was; only the reset dialog stack is saved.
                if (!failed) AddIfChanged(writes, keys.User, profile, UserProfileJson.Write);
                // The events are saved with the turn, so a rerun turn does not count twice; they never fail the turn.
                var events = failed ? null : consultationEvents.Recording(channelId, turn.Events);
                if (writes.Count > 0) await store.WriteAsync(writes, events, cancellationToken).ConfigureAwait(false);
                else if (events is not null) await consultationEvents.RecordAsync(events, cancellationToken).ConfigureAwait(false);
                if (turn.PersonForgotten) await ForgetAsync(channelId, userId, [keys.User, keys.Conversation], cancellationToken).ConfigureAwait(false);
                return Render(turn.Replies, incoming);
            }
            catch (ConcurrencyConflictException conflict) when (attempt < MaxAttempts)
            {
                logger.LogInformation("Concurrent write of {Key}; rerunning the turn on fresh state (attempt {Attempt}).", conflict.Key, attempt);
            }
            catch (ConcurrencyConflictException conflict)
            {
                logger.LogError("State {Key} kept changing under this turn; the person is asked to send it again.", conflict.Key);
                return Render([new TextReply(content.Content.Message(MessageKeys.ErrorApology))], incoming);
            }
        }
    }

    private async Task ForgetAsync(string channelId, string userId, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await store.DeleteAsync(keys, cancellationToken).ConfigureAwait(false);
        foreach (var eraser in erasers) await eraser.EraseAsync(channelId, userId, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("A person's data was deleted at their request ({ChannelId}).", channelId);
    }

    /// <summary>
    /// The activity was applied before (its answer was saved, and perhaps sent): nothing is applied or counted again.
    /// The person gets the current question again, or nothing while a staff member answers them.
    /// </summary>
    private async Task<TurnReplies> RepeatAsync(TurnContext turn, ConversationState conversation, CancellationToken cancellationToken)
    {
        logger.LogInformation("Activity {ActivityId} was already applied to its conversation; it is not applied again.", turn.Activity.Id);
        foreach (var gate in gates)
        {
            if (await gate.IsOwnedByPersonAsync(turn.Activity, cancellationToken).ConfigureAwait(false)) return new TurnReplies([], isRepeat: true);
        }
        if (turn.Activity.Type == ActivityTypes.Message) await bot.AskAgainAsync(turn, conversation, cancellationToken).ConfigureAwait(false);
        return Render(turn.Replies, turn.Activity, isRepeat: true);
    }

    /// <summary>Runs the bot; returns true when the turn failed and was healed.</summary>
    private async Task<bool> RunBotAsync(TurnContext turn, ConversationState conversation, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var gate in gates)
            {
                if (await gate.InterceptAsync(turn, conversation, cancellationToken).ConfigureAwait(false)) return false;
            }
            await bot.OnTurnAsync(turn, conversation, cancellationToken).ConfigureAwait(false);
            conversation.Remember(Transcript(turn));
            return false;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "A turn failed in conversation {ConversationId}; its dialog state is reset.", turn.Activity.Conversation?.Id);
            conversation.DialogStack.Clear();
            turn.ClearReplies();
            turn.SendText(turn.Message(MessageKeys.ErrorApology));
            GuidanceBot.ShowMenu(turn);
            return true;
        }
    }

    private static IEnumerable<TranscriptLine> Transcript(TurnContext turn)
    {
        var at = turn.Activity.Timestamp ?? DateTimeOffset.UtcNow;
        if (turn.Text is { } said) yield return new TranscriptLine(Speaker.Person, said, at);
        foreach (var reply in turn.Replies) yield return new TranscriptLine(Speaker.Bot, ConversationState.Shorten(reply.Summary), at);
    }

    /// <summary>The channel's own renderer; Web Chat's for channels without one.</summary>
    private TurnReplies Render(IReadOnlyList<Reply> replies, Activity incoming, bool isRepeat = false) =>
        new((renderers.FirstOrDefault(r => r.Handles(incoming.ChannelId)) ?? renderers.OfType<WebChatRenderer>().First()).Render(replies, incoming), isRepeat);

    private Versioned<T> Load<T>(string key, IReadOnlyDictionary<string, StoredDocument> found, Func<ReadOnlyMemory<byte>, T?> read) where T : new()
    {
        if (!found.TryGetValue(key, out var stored)) return new Versioned<T>(new T(), 0, null);
        try
        {
            return new Versioned<T>(read(stored.Utf8) ?? new T(), stored.Version, stored.Utf8);
        }
        catch (JsonException exception)
        {
            // Unreadable state (for example from an older version) must not lock the person out: start afresh.
            logger.LogWarning(exception, "State {Key} could not be read and starts afresh.", key);
            return new Versioned<T>(new T(), stored.Version, null);
        }
    }

    /// <summary>
    /// A document the turn left as it was is not written: most turns change the conversation but not the person's
    /// profile. Its version then stays, which is right: the turn only read it.
    /// </summary>
    private static void AddIfChanged<T>(List<StateWrite> writes, string key, Versioned<T> state, Func<T, byte[]> write)
    {
        var json = write(state.Value);
        if (!json.AsSpan().SequenceEqual(state.StoredJson)) writes.Add(new StateWrite(key, json, state.Version));
    }

    private sealed record Versioned<T>(T Value, long Version, byte[]? StoredJson);
}
