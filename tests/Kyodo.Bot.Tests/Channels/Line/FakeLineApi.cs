using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kyodo.Bot.Tests.Channels.Line;

/// <summary>A stand-in for the LINE Messaging API on 127.0.0.1 (messages, loading animation, rich menus): records every call and answers as a test tells it to.</summary>
public sealed class FakeLineApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, HttpStatusCode Status, string? RetryAfter, string Body, TimeSpan Delay)> _scripted = new();
    private readonly ConcurrentDictionary<string, byte> _usedReplyTokens = new();

    /// <summary>One request. <see cref="Body"/> is the JSON body (empty for none or a binary one), <see cref="Raw"/> the bytes as sent;
    /// <see cref="Sequence"/> orders calls across several fakes (the Messaging API host and the data API host).</summary>
    public sealed record Call(string Path, string? Authorization, string? RetryKey, JsonObject Body, string? ContentType = null, byte[]? Raw = null, long Sequence = 0);

    private static long _sequence;

    public ConcurrentQueue<Call> Calls { get; } = new();

    public string BaseUrl { get; }

    private FakeLineApi(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public static async Task<FakeLineApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeLineApi? fake = null;
        app.MapPost("/v2/bot/{**rest}", async (HttpContext context) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            var raw = buffer.ToArray();
            var isJson = context.Request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true && raw.Length > 0;
            var body = isJson ? JsonNode.Parse(raw)!.AsObject() : new JsonObject();
            var path = context.Request.Path.Value!;
            fake!.Calls.Enqueue(new Call(path, context.Request.Headers.Authorization, context.Request.Headers["X-Line-Retry-Key"], body,
                context.Request.ContentType, raw, Interlocked.Increment(ref _sequence)));
            if (fake._scripted.TryPeek(out var next) && path.EndsWith(next.Path, StringComparison.Ordinal) && fake._scripted.TryDequeue(out next))
            {
                // A caller that gives up (a timeout, or the bot shutting down) ends the hang, so stopping never waits on it.
                if (next.Delay > TimeSpan.Zero) await Task.Delay(next.Delay, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                if (next.RetryAfter is not null) context.Response.Headers.RetryAfter = next.RetryAfter;
                return Results.Text(next.Body, "application/json", statusCode: (int)next.Status);
            }
            // LINE takes a reply token once: used again, it answers as for an invalid token.
            if (path.EndsWith("/message/reply", StringComparison.Ordinal) && body["replyToken"]?.GetValue<string>() is { } token && !fake._usedReplyTokens.TryAdd(token, 0))
                return Results.Text("{\"message\":\"Invalid reply token\"}", "application/json", statusCode: 400);
            if (path == "/v2/bot/richmenu") return Results.Json(new { richMenuId = $"richmenu-{Guid.NewGuid():N}" });
            if (path.Contains("/richmenu/", StringComparison.Ordinal)) return Results.Json(new { });
            return Results.Json(path.EndsWith("/loading/start") ? new { } : new { sentMessages = new[] { new { id = "1" } } },
                statusCode: path.EndsWith("/loading/start") ? 202 : 200);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake = new FakeLineApi(app, address);
        return fake;
    }

    /// <summary>The next call to a path ending with <paramref name="path"/> gets this answer (answers are used in order).</summary>
    public void Answer(string path, HttpStatusCode status, string body = "{\"message\":\"scripted\"}", string? retryAfter = null) =>
        _scripted.Enqueue((path, status, retryAfter, body, TimeSpan.Zero));

    /// <summary>The next call to <paramref name="path"/> answers only after <paramref name="delay"/> (a LINE that hangs).</summary>
    public void Hang(string path, TimeSpan delay) => _scripted.Enqueue((path, HttpStatusCode.OK, null, "{}", delay));

    public IReadOnlyList<Call> CallsTo(string pathEnd) => Calls.Where(c => c.Path.EndsWith(pathEnd, StringComparison.Ordinal)).ToArray();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
