using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kyodo.Bot.Tests.Channels.Teams;

/// <summary>
/// Stand-ins on 127.0.0.1 for what Azure Bot Service provides: OpenID metadata with a JWKS (a test RSA key endorsed
/// for "msteams"), the identity platform's token endpoint, and a Bot Connector that records what the bot sends.
/// </summary>
public sealed class FakeBotFramework : IAsyncDisposable
{
    public const string AppId = "00000000-0000-0000-0000-00000000b07a";
    public const string Issuer = "https://api.botframework.com";
    public const string KeyId = "test-key";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<HttpStatusCode> _connectorAnswers = new();

    public sealed record ConnectorCall(string Method, string Path, string? Authorization, JsonObject Body);
    public sealed record Upload(string Path, string? ContentRange, byte[] Bytes);

    private FakeBotFramework(WebApplication app, string baseUrl, RSA key)
    {
        _app = app;
        BaseUrl = baseUrl;
        Key = new RsaSecurityKey(key) { KeyId = KeyId };
    }

    public string BaseUrl { get; }
    public RsaSecurityKey Key { get; }
    public string ServiceUrl => BaseUrl + "/connector/";
    public ConcurrentQueue<ConnectorCall> ConnectorCalls { get; } = new();
    public ConcurrentQueue<Upload> Uploads { get; } = new();
    public int TokenRequests;

    /// <summary>Where Teams would let the bot upload a file the person accepted (a OneDrive upload session).</summary>
    public string UploadUrl(string name) => BaseUrl + "/upload/" + name;

    public static async Task<FakeBotFramework> StartAsync()
    {
        var rsa = RSA.Create(2048);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeBotFramework? fake = null;
        app.MapGet("/openid", () => Results.Json(new
        {
            issuer = Issuer,
            jwks_uri = fake!.BaseUrl + "/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
        }));
        app.MapGet("/keys", () =>
        {
            var parameters = rsa.ExportParameters(false);
            return Results.Json(new
            {
                keys = new object[]
                {
                    new { kty = "RSA", use = "sig", kid = KeyId, n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent), endorsements = new[] { "msteams" } },
                    new { kty = "RSA", use = "sig", kid = "unendorsed", n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent), endorsements = new[] { "skype" } },
                },
            });
        });
        app.MapPost("/token", () =>
        {
            Interlocked.Increment(ref fake!.TokenRequests);
            return Results.Json(new { token_type = "Bearer", expires_in = 3600, access_token = "connector-token" });
        });
        app.MapMethods("/connector/{**rest}", ["POST", "PUT"], async (HttpContext context) =>
        {
            var body = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync())!.AsObject();
            fake!.ConnectorCalls.Enqueue(new ConnectorCall(context.Request.Method, context.Request.Path.Value!, context.Request.Headers.Authorization, body));
            if (fake._connectorAnswers.TryDequeue(out var status))
            {
                if (status == HttpStatusCode.TooManyRequests) context.Response.Headers.RetryAfter = "1";
                return Results.StatusCode((int)status);
            }
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        app.MapPut("/upload/{name}", async (HttpContext context, string name) =>
        {
            using var bytes = new MemoryStream();
            await context.Request.Body.CopyToAsync(bytes);
            fake!.Uploads.Enqueue(new Upload(name, context.Request.Headers.ContentRange, bytes.ToArray()));
            return Results.Json(new { id = name }, statusCode: 201);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake = new FakeBotFramework(app, address, rsa);
        return fake;
    }

    /// <summary>The next Connector calls get these answers, in order.</summary>
    public void AnswerConnector(params HttpStatusCode[] answers)
    {
        foreach (var answer in answers) _connectorAnswers.Enqueue(answer);
    }

    /// <summary>A token as the Bot Framework would sign it; each argument can be spoiled by a test.</summary>
    public string Token(string? serviceUrl = null, string audience = AppId, string issuer = Issuer, DateTime? expires = null, SecurityKey? key = null, string? keyId = null)
    {
        var signingKey = key ?? (keyId is null ? Key : new RsaSecurityKey(Key.Rsa) { KeyId = keyId });
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Expires = expires ?? DateTime.UtcNow.AddMinutes(30),
            NotBefore = (expires ?? DateTime.UtcNow.AddMinutes(30)).AddHours(-1),
            IssuedAt = (expires ?? DateTime.UtcNow.AddMinutes(30)).AddHours(-1),
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl ?? ServiceUrl)]),
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
