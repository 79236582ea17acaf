using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kyodo.Bot.Activities;
using Polly;

namespace Kyodo.Bot.Channels.Teams;

/// <summary>
/// Sends to the Bot Connector of an activity's channel: reply, update (to refresh a card), and send to a conversation
/// (proactive). Only service URLs that arrived in authenticated activities are ever called.
/// </summary>
public sealed class ConnectorClient(
    BotTokenProvider tokens, TeamsOptions options, ServiceUrlAllowList allowed, IHttpClientFactory httpClients, ILogger<ConnectorClient> logger)
{
    public const string HttpClientName = "botframework";
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline =
        HttpResilience.Build(TimeSpan.FromSeconds(15), TimeSpan.FromMilliseconds(200), options.ConnectorBreak);

    public Task<string?> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(replyToId)}", activity, cancellationToken);

    public Task<string?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", activity, cancellationToken);

    public Task<string?> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}", activity, cancellationToken);

    private async Task<string?> SendAsync(HttpMethod method, string serviceUrl, string path, Activity activity, CancellationToken cancellationToken)
    {
        if (!allowed.Contains(serviceUrl)) throw new InvalidOperationException($"Refusing to call {serviceUrl}: it never came in an authenticated activity.");
        var json = JsonSerializer.Serialize(activity, BotJson.Options);
        var bearer = options.AuthenticationEnabled ? await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false) : null;
        using var response = await _pipeline.ExecuteAsync(async token =>
        {
            using var request = new HttpRequestMessage(method, new Uri(new Uri(serviceUrl.TrimEnd('/') + "/"), path))
            {
                Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
            };
            if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            return await httpClients.CreateClient(HttpClientName).SendAsync(request, token).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var details = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            logger.LogWarning("The Bot Connector refused {Method} {Path} with {Status}: {Details}", method, path, (int)response.StatusCode, details);
            throw new HttpRequestException($"The Bot Connector answered {(int)response.StatusCode}.", null, response.StatusCode);
        }
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
        return body.ValueKind == JsonValueKind.Object && body.TryGetProperty("id", out var id) ? id.GetString() : null;
    }
}
