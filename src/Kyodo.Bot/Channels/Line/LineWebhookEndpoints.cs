using System.Text.Json;
using Kyodo.Bot.Hosting;
using Kyodo.Bot.Logging;
using Microsoft.Extensions.Options;

namespace Kyodo.Bot.Channels.Line;

public static class LineWebhookEndpoints
{
    /// <summary>
    /// <c>POST /api/line</c>: the signature is checked before anything is parsed; the events are stored durably,
    /// then LINE gets its 200 and the worker processes them. Without LINE settings: 404.
    /// </summary>
    public static IEndpointRouteBuilder MapLineChannel(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/line", ReceiveAsync);
        return app;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpRequest request, IOptions<LineOptions> options, LineInbox inbox, LineInboxSignal signal, ILoggerFactory loggers)
    {
        var settings = options.Value;
        if (!settings.IsConfigured) return Results.NotFound();
        if (await RequestBody.ReadAsync(request, settings.MaxBodyBytes).ConfigureAwait(false) is not { } body)
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        if (!LineSignature.IsValid(body, request.Headers[LineSignature.Header], settings.ChannelSecret))
            return Results.Unauthorized();

        List<LineEvent> events;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (!document.RootElement.TryGetProperty("events", out var list) || list.ValueKind != JsonValueKind.Array)
                return Results.BadRequest(new { message = "The body has no events list." });
            events = list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(e => new LineEvent(e.Clone())).ToList();
        }
        catch (JsonException)
        {
            return Results.BadRequest(new { message = "The body is not valid JSON." });
        }
        if (events.Count == 0) return Results.Ok();   // LINE's "verify" call

        var logger = loggers.CreateLogger(typeof(LineWebhookEndpoints));
        using var correlation = logger.BeginCorrelation(events[0].WebhookEventId);
        int added;
        try
        {
            added = await inbox.AddAsync(events, request.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (System.Data.Common.DbException exception)
        {
            // Not stored, so not acknowledged: LINE delivers the events again later.
            logger.LogError(exception, "LINE events could not be stored ({Reason}); answering 503 so LINE redelivers them.", exception.Message);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        if (added < events.Count)
            logger.LogInformation("{Count} redelivered LINE event(s) were already stored.", events.Count - added);
        signal.Notify();
        return Results.Ok();
    }
}
