using System.Text.Json;
using Kyodo.Bot.Activities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Kyodo.Bot.Channels.Teams;

/// <summary>
/// Checks a request from Azure Bot Service the way the service expects: a bearer JWT signed by a key from the
/// Bot Framework OpenID metadata, the right issuer and audience (our app id), a valid lifetime, a signing key endorsed
/// for the activity's channel, and a <c>serviceurl</c> claim equal to the activity's serviceUrl.
/// </summary>
public sealed class BotFrameworkAuthenticator
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private readonly TeamsOptions _options;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _metadata;
    private readonly JsonWebTokenHandler _handler = new();

    public BotFrameworkAuthenticator(TeamsOptions options, IHttpClientFactory httpClients)
    {
        _options = options;
        var retriever = new HttpDocumentRetriever(httpClients.CreateClient(ConnectorClient.HttpClientName))
        {
            RequireHttps = options.OpenIdMetadataUrl.StartsWith("https:", StringComparison.OrdinalIgnoreCase),
        };
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(options.OpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(24),
        };
    }

    /// <summary>Null when the request is authentic; otherwise why not (for the log; the caller answers 401).</summary>
    public async Task<string?> RejectReasonAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return "no bearer token";
        var metadata = await _metadata.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        var result = await _handler.ValidateTokenAsync(authorization["Bearer ".Length..].Trim(), new TokenValidationParameters
        {
            ValidIssuer = _options.Issuer,
            ValidAudience = _options.MicrosoftAppId,
            IssuerSigningKeys = metadata.SigningKeys,
            ValidateLifetime = true,
            ClockSkew = ClockSkew,
            RequireSignedTokens = true,
        }).ConfigureAwait(false);
        if (!result.IsValid) return result.Exception?.Message ?? "invalid token";

        var token = (JsonWebToken)result.SecurityToken;
        if (!IsEndorsed(metadata, token.Kid, activity.ChannelId)) return $"the signing key is not endorsed for channel '{activity.ChannelId}'";
        var serviceUrl = token.TryGetClaim("serviceurl", out var claim) ? claim.Value : null;
        if (!string.Equals(serviceUrl?.TrimEnd('/'), activity.ServiceUrl?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            return "the serviceurl claim does not match the activity";
        return null;
    }

    private static bool IsEndorsed(OpenIdConnectConfiguration metadata, string? keyId, string? channelId)
    {
        var key = metadata.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == keyId);
        if (key is null || channelId is null) return false;
        if (!key.AdditionalData.TryGetValue("endorsements", out var endorsements)) return false;
        return endorsements switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } list => list.EnumerateArray().Any(e => e.GetString() == channelId),
            IEnumerable<object> list => list.Any(e => e?.ToString() == channelId),
            _ => false,
        };
    }
}
