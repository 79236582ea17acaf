using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Polly;

namespace Kyodo.Bot.Channels.Line;

/// <summary>Sends to the LINE Messaging API: reply, push (with a retry key, so a retried push is delivered once), loading animation.</summary>
public sealed class LineMessagingClient
{
    public const string HttpClientName = "line";
    private readonly IHttpClientFactory _httpClients;
    private readonly LineOptions _options;
    private readonly ILogger<LineMessagingClient> _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public LineMessagingClient(IHttpClientFactory httpClients, IOptions<LineOptions> options, ILogger<LineMessagingClient> logger)
    {
        _httpClients = httpClients;
        _options = options.Value;
        _logger = logger;
        _pipeline = HttpResilience.Build(TimeSpan.FromSeconds(_options.RequestTimeoutSeconds), TimeSpan.FromMilliseconds(200));
    }

    public Task ReplyAsync(string replyToken, IReadOnlyList<JsonObject> messages, CancellationToken cancellationToken) =>
        SendAsync("/v2/bot/message/reply", new JsonObject { ["replyToken"] = replyToken, ["messages"] = Array(messages) }, null, cancellationToken);

    public Task PushAsync(string to, IReadOnlyList<JsonObject> messages, CancellationToken cancellationToken) =>
        SendAsync("/v2/bot/message/push", new JsonObject { ["to"] = to, ["messages"] = Array(messages) }, Guid.NewGuid().ToString(), cancellationToken);

    public Task ShowLoadingAsync(string userId, int seconds, CancellationToken cancellationToken) =>
        SendAsync("/v2/bot/chat/loading/start", new JsonObject { ["chatId"] = userId, ["loadingSeconds"] = seconds }, null, cancellationToken);

    private async Task SendAsync(string path, JsonObject body, string? retryKey, CancellationToken cancellationToken)
    {
        var json = body.ToJsonString();
        using var response = await _pipeline.ExecuteAsync(async token =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(_options.ApiBaseUrl), path))
            {
                Content = new StringContent(json, Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ChannelAccessToken);
            // The same key on every retry of one push: LINE executes it once and answers 409 to repeats.
            if (retryKey is not null) request.Headers.Add("X-Line-Retry-Key", retryKey);
            return await _httpClients.CreateClient(HttpClientName).SendAsync(request, token).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

        if (response.IsSuccessStatusCode) return;
        if (response.StatusCode == HttpStatusCode.Conflict && retryKey is not null)
        {
            _logger.LogInformation("LINE had already accepted push {RetryKey}; not sent twice.", retryKey);
            return;
        }
        var details = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        _logger.LogWarning("LINE refused {Path} with {Status}: {Details}", path, (int)response.StatusCode, Logging.PersonalDataMasker.Mask(details));
        throw new LineApiException(response.StatusCode, details);
    }

    private static JsonArray Array(IReadOnlyList<JsonObject> messages) => new([.. messages.Select(m => (JsonNode)m.DeepClone())]);
}
