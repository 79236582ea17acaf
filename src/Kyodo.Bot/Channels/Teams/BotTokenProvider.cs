using System.Net.Http.Json;
using System.Text.Json;
using Polly;

namespace Kyodo.Bot.Channels.Teams;

/// <summary>
/// The bot's own token for calling the Bot Connector: client credentials at the Microsoft identity platform
/// (endpoint configurable), cached until five minutes before it expires.
/// </summary>
public sealed class BotTokenProvider(TeamsOptions options, IHttpClientFactory httpClients, TimeProvider clock)
{
    private const string Scope = "https://api.botframework.com/.default";
    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(5);
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline = HttpResilience.Build(TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200));
    private readonly SemaphoreSlim _renewing = new(1, 1);
    private (string Token, DateTimeOffset RenewAt)? _cached;

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } cached && clock.GetUtcNow() < cached.RenewAt) return cached.Token;
        await _renewing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_cached is { } fresh && clock.GetUtcNow() < fresh.RenewAt) return fresh.Token;
            using var response = await _pipeline.ExecuteAsync(async token =>
                await httpClients.CreateClient(ConnectorClient.HttpClientName).PostAsync(options.EffectiveTokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials",
                    ["client_id"] = options.MicrosoftAppId,
                    ["client_secret"] = options.MicrosoftAppPassword,
                    ["scope"] = Scope,
                }), token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
            var accessToken = body.GetProperty("access_token").GetString()!;
            var lifetime = TimeSpan.FromSeconds(body.TryGetProperty("expires_in", out var expires) && expires.TryGetInt32(out var seconds) ? seconds : 3600);
            _cached = (accessToken, clock.GetUtcNow() + lifetime - RenewBeforeExpiry);
            return accessToken;
        }
        finally
        {
            _renewing.Release();
        }
    }
}
