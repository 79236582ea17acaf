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
        ITurnProcessor bot, ConnectorClient connector, TeamsFileConsentHandler fileConsent, TeamsStaffInbound staff, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(TeamsEndpoints));
        if (await RequestBody.ReadAsync(request, options.MaxBodyBytes).ConfigureAwait(false) is not { } body)
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        Activity? activity;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
                return Results.BadRequest(new { error = "An activity must be a JSON object with a type." });
            activity = document.RootElement.Deserialize<Activity>(BotJson.Options);
        }
        catch (JsonException)
        {
            return Results.BadRequest(new { error = "The body is not valid JSON." });
        }
        if (activity is null) return Results.BadRequest(new { error = "The body is empty." });

        if (options.AuthenticationEnabled
            && await authenticator.RejectReasonAsync(request.Headers.Authorization, activity, request.HttpContext.RequestAborted).ConfigureAwait(false) is { } reason)
        {
            logger.LogWarning("Refused a Bot Framework request: {Reason}.", reason);
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
            logger.LogInformation("Ignored a {Type} activity that is not for the bot.", activity.Type);
            return isInvoke ? InvokeResponse() : Results.Ok();
        }
        if (expectReplies) return Results.Json(new ExpectedReplies(replies), BotJson.Options);

        foreach (var reply in replies)
        {
            try
            {
                await connector.ReplyAsync(activity.ServiceUrl!, activity.Conversation!.Id!, incomingId ?? "", reply, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "A reply could not be delivered to the Bot Connector.");
            }
        }
        return isInvoke ? InvokeResponse() : Results.Ok();
    }

    /// <summary>The answer Universal Actions expect: 200 with a message (the refreshed content arrives as replies).</summary>
    private static IResult InvokeResponse() =>
        Results.Json(new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = "OK" });
}
