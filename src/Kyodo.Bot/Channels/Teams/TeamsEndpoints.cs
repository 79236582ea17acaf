using System.Text.Json;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Conversation;
using Kyodo.Bot.Handoff.Teams;
using Kyodo.Bot.Hosting;

namespace Kyodo.Bot.Channels.Teams;

public static class TeamsEndpoints
{
    /// <summary>
    /// <c>POST /api/messages</c>, where Azure Bot Service delivers Teams activities. Authenticated (unless no app id
    /// is set), then the bot's replies go back in the response (<c>deliveryMode: expectReplies</c>) or to the Connector.
    /// </summary>
    public static IEndpointRouteBuilder MapTeamsChannel(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", ReceiveAsync);
        return app;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpRequest request, TeamsOptions options, BotFrameworkAuthenticator authenticator, ConversationReferenceStore references,
        ITurnProcessor bot, ConnectorClient connector, ConnectorOutbox outbox, TeamsFileConsentHandler fileConsent, TeamsStaffInbound staff, ILoggerFactory loggers)
    {
        // Created only when something is logged: the common turn logs nothing.
        ILogger Log() => loggers.CreateLogger(typeof(TeamsEndpoints));
        if (await RequestBody.ReadAsync(request, options.MaxBodyBytes).ConfigureAwait(false) is not { } body)
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        if (ReadActivity(body) is not { } activity)
            return Results.BadRequest(new { error = IsJson(body) ? "An activity must be a JSON object with a type." : "The body is not valid JSON." });

        if (options.AuthenticationEnabled
            && await authenticator.RejectReasonAsync(request.Headers.Authorization, activity, request.HttpContext.RequestAborted).ConfigureAwait(false) is { } reason)
        {
            Log().LogWarning("Refused a Bot Framework request: {Reason}.", reason);
            return Results.Unauthorized();
        }
        if (ConversationReference.Of(activity) is { } reference)
            await references.SaveAsync(reference, request.HttpContext.RequestAborted).ConfigureAwait(false);

        var isInvoke = activity.Type == ActivityTypes.Invoke;
        if (isInvoke && activity.Name == TeamsFiles.ConsentInvoke)
        {
            await fileConsent.HandleAsync(activity, CancellationToken.None).ConfigureAwait(false);
            return Results.Json(new { status = 200 });
        }
        var expectReplies = activity.DeliveryMode == "expectReplies";
        var incomingId = activity.Id;
        IReadOnlyList<Activity> replies;
        if (await staff.HandleAsync(activity, CancellationToken.None).ConfigureAwait(false) is { } staffAnswers)
            replies = staffAnswers.Select(text => new Activity { Type = ActivityTypes.Message, Text = text }).ToArray();
        else if (TeamsInbound.ForTheBot(activity) is { } forBot)
            replies = await bot.ProcessAsync(forBot, CancellationToken.None).ConfigureAwait(false);
        else
        {
            Log().LogInformation("Ignored a {Type} activity that is not for the bot.", activity.Type);
            return isInvoke ? InvokeResponse() : Results.Ok();
        }
        if (expectReplies) return new BufferedJsonResult<ExpectedReplies>(new ExpectedReplies(replies), BotJson.Options);
        // The Connector sent this activity again (it retries when the first answer is slow): that first answer goes
        // out through the Connector too, so asking the question again would only show it twice.
        if (replies is TurnReplies { IsRepeat: true }) return isInvoke ? InvokeResponse() : Results.Ok();

        await DeliverAsync(activity, replies, connector, outbox, Log).ConfigureAwait(false);
        return isInvoke ? InvokeResponse() : Results.Ok();
    }

    /// <summary>
    /// Sends the replies in order; once one is not taken, it and the rest go to the outbox (see <see cref="ConnectorRedelivery"/>).
    /// While earlier replies to the conversation wait there, these wait behind them.
    /// </summary>
    private static async Task DeliverAsync(Activity incoming, IReadOnlyList<Activity> replies, ConnectorClient connector, ConnectorOutbox outbox, Func<ILogger> log)
    {
        try
        {
            if (replies.Count > 0 && await outbox.HasPendingAsync(incoming.Conversation!.Id!, CancellationToken.None).ConfigureAwait(false))
            {
                await outbox.QueueBehindAsync(incoming, replies, CancellationToken.None).ConfigureAwait(false);
                return;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            log().LogWarning(exception, "The Connector outbox could not be asked; the replies are sent at once.");
        }
        for (var i = 0; i < replies.Count; i++)
        {
            try
            {
                await connector.ReplyAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, incoming.Id ?? "", replies[i], CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                log().LogWarning(exception, "The Bot Connector did not take a reply; it is kept and tried again later.");
                try
                {
                    await outbox.AddAsync(incoming, replies.Skip(i).ToArray(), exception, CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception storeFailed) when (storeFailed is not OperationCanceledException)
                {
                    log().LogError(storeFailed, "Replies the Bot Connector did not take could not be kept either; they are lost.");
                }
                return;
            }
        }
    }

    /// <summary>The activity, or null when the body is not a JSON object with a string <c>type</c>.</summary>
    private static Activity? ReadActivity(byte[] body)
    {
        try
        {
            return HasStringType(body) ? JsonSerializer.Deserialize<Activity>(body, BotJson.Options) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Whether the root is an object with a string <c>type</c> (Activity's own default must not stand in for it).</summary>
    private static bool HasStringType(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isType = reader.ValueTextEquals("type"u8);
            reader.Read();
            if (isType) return reader.TokenType == JsonTokenType.String;
            reader.Skip();
        }
        return false;
    }

    private static bool IsJson(byte[] body)
    {
        try
        {
            using var _ = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The answer Universal Actions expect: 200 with a message (the refreshed content arrives as replies).</summary>
    private static IResult InvokeResponse() =>
        Results.Json(new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = "OK" });
}
