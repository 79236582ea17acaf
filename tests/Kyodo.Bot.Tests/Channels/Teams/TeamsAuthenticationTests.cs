using System.Net;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Kyodo.Bot.Tests.Channels.Teams;

public sealed class TeamsAuthenticationTests : IAsyncLifetime
{
    private TeamsTestHost _teams = null!;

    public async Task InitializeAsync() => _teams = await TeamsTestHost.StartAsync();

    [Fact]
    public async Task A_token_from_the_Bot_Framework_is_accepted()
    {
        (await _teams.PostAsync(_teams.Message("ヘルプ", expectReplies: true))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    public static TheoryData<string> ForgedTokens => new() { "missing", "expired", "wrong audience", "wrong issuer", "unknown key", "not endorsed", "other service url", "garbage" };

    [Theory]
    [MemberData(nameof(ForgedTokens))]
    public async Task A_forged_or_wrong_token_gets_401_and_nothing_is_processed(string forgery)
    {
        var framework = _teams.Framework;
        var token = forgery switch
        {
            "missing" => null,
            "expired" => framework.Token(expires: DateTime.UtcNow.AddMinutes(-10)),
            "wrong audience" => framework.Token(audience: "someone-else"),
            "wrong issuer" => framework.Token(issuer: "https://evil.example"),
            "unknown key" => framework.Token(key: new RsaSecurityKey(RSA.Create(2048)) { KeyId = "stranger" }),
            "not endorsed" => framework.Token(keyId: "unendorsed"),
            "other service url" => framework.Token(serviceUrl: "https://elsewhere.example/"),
            _ => "not.a.token",
        };

        var response = await _teams.PostAsync(_teams.Message("ヘルプ"), token);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        framework.ConnectorCalls.Should().BeEmpty();
    }

    public async Task DisposeAsync() => await _teams.DisposeAsync();
}
