using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kyodo.Bot.DirectLine;
using Kyodo.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kyodo.Bot.Tests.DirectLine;

public sealed class DirectLineProtocolTests : IAsyncLifetime
{
    private readonly BotApplication _app = new();
    private DirectLineClient _client = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _http = _app.CreateClient();
        _client = new DirectLineClient(_http);
        await _client.StartAsync("user-1");
    }

    [Fact]
    public async Task Watermarks_return_only_newer_activities_and_the_persons_own_message_is_echoed()
    {
        var before = _client.Watermark;
        var posted = await _client.Send(HttpMethod.Post, $"/v3/directline/conversations/{_client.ConversationId}/activities",
            new { type = "message", text = "ヘルプ", from = new { id = "user-1" }, channelData = new { clientActivityID = "client-42" } });
        posted.StatusCode.Should().Be(HttpStatusCode.OK);
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var all = await Activities(before);
        all.GetProperty("activities").EnumerateArray().First().GetProperty("id").GetString().Should().Be(id);
        all.GetProperty("activities").EnumerateArray().First().GetProperty("channelData").GetProperty("clientActivityID").GetString().Should().Be("client-42");
        all.GetProperty("activities").EnumerateArray().Skip(1).Should().OnlyContain(a => a.GetProperty("replyToId").GetString() == id);
        var watermark = all.GetProperty("watermark").GetString()!;
        long.Parse(watermark).Should().BeGreaterThan(long.Parse(before));

        var newer = await Activities(watermark);
        newer.GetProperty("activities").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_token_of_another_conversation_is_refused()
    {
        var other = new DirectLineClient(_app.CreateClient());
        await other.StartAsync("user-2");

        var response = await _client.Send(HttpMethod.Get, $"/v3/directline/conversations/{other.ConversationId}/activities", null);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_forged_token_is_refused()
    {
        var response = await _client.Send(HttpMethod.Get, $"/v3/directline/conversations/{_client.ConversationId}/activities", null, token: _client.Token + "x");
        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_expired_token_is_refused_with_TokenExpired()
    {
        var tokens = _app.Services.GetRequiredService<DirectLineTokens>();
        var expired = tokens.Issue(new DirectLineToken(_client.ConversationId, "user-1", DateTimeOffset.UtcNow.AddMinutes(-1)));

        var response = await _client.Send(HttpMethod.Get, $"/v3/directline/conversations/{_client.ConversationId}/activities", null, token: expired);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString().Should().Be("TokenExpired");
    }

    [Fact]
    public async Task Refresh_gives_a_new_token_for_the_same_conversation()
    {
        var refreshed = await _client.Send(HttpMethod.Post, "/v3/directline/tokens/refresh", null);
        var body = await refreshed.Content.ReadFromJsonAsync<JsonElement>();

        body.GetProperty("conversationId").GetString().Should().Be(_client.ConversationId);
        var response = await _client.Send(HttpMethod.Get, $"/v3/directline/conversations/{_client.ConversationId}/activities", null, token: body.GetProperty("token").GetString());
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("")]
    [InlineData("null")]
    public async Task Malformed_activities_get_400_with_an_error_body(string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{_client.ConversationId}/activities")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", _client.Token);

        var response = await _http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString().Should().Be("BadArgument");
    }

    [Fact]
    public async Task An_oversized_body_gets_413()
    {
        var response = await _client.Send(HttpMethod.Post, $"/v3/directline/conversations/{_client.ConversationId}/activities",
            new { type = "message", text = new string('あ', 70_000) });
        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task An_unknown_conversation_gets_404()
    {
        var tokens = _app.Services.GetRequiredService<DirectLineTokens>();
        var token = tokens.Issue(new DirectLineToken("nope", "user-1", DateTimeOffset.UtcNow.AddMinutes(5)));

        var response = await _client.Send(HttpMethod.Get, "/v3/directline/conversations/nope/activities", null, token: token);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Ten_thousand_characters_get_a_polite_reply_not_an_error()
    {
        var replies = await _client.SendAsync(new Kyodo.Bot.Activities.Activity { Text = new string('長', 10_000), From = new() { Id = "user-1" } });
        Conversations.ReplyText.Of(replies).Should().Contain("文章が長すぎて読めませんでした");
    }

    [Theory]
    [InlineData("event")]
    [InlineData("typing")]
    [InlineData("somethingNew")]
    public async Task Unknown_activity_types_are_accepted_and_ignored(string type)
    {
        var posted = await _client.Send(HttpMethod.Post, $"/v3/directline/conversations/{_client.ConversationId}/activities", new { type, from = new { id = "user-1" } });
        posted.StatusCode.Should().Be(HttpStatusCode.OK);
        (await _client.PollAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task With_Direct_Line_switched_off_the_page_and_the_endpoint_are_gone()
    {
        await using var off = new BotApplication(new Dictionary<string, string?> { ["DirectLine:Enabled"] = "false" });
        var http = off.CreateClient();

        (await http.PostAsync("/v3/directline/tokens/generate", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await http.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await http.GetAsync("/healthz")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task With_a_secret_set_starting_needs_the_secret()
    {
        await using var locked = new BotApplication(new Dictionary<string, string?> { ["DirectLine:Secret"] = "s3cret" });
        var http = locked.CreateClient();

        (await http.PostAsync("/v3/directline/tokens/generate", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        request.Headers.Authorization = new("Bearer", "s3cret");
        (await http.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_try_it_page_is_served_with_the_web_chat_bundle()
    {
        var page = await _http.GetStringAsync("/");
        page.Should().Contain("Kyodo.Bot お試しページ").And.Contain("lib/webchat.js");
        var bundle = await _http.GetAsync("/lib/webchat.js");
        bundle.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private async Task<JsonElement> Activities(string watermark)
    {
        var response = await _client.Send(HttpMethod.Get, $"/v3/directline/conversations/{_client.ConversationId}/activities?watermark={watermark}", null);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();
}
