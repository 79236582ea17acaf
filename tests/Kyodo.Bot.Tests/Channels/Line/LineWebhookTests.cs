using System.Net;
using System.Text;
using Kyodo.Bot.Channels.Line;
using Kyodo.Bot.Tests.Support;

namespace Kyodo.Bot.Tests.Channels.Line;

public sealed class LineWebhookTests : IAsyncLifetime
{
    private LineTestHost _line = null!;

    public async Task InitializeAsync() => _line = await LineTestHost.StartAsync();

    [Fact]
    public async Task A_good_signature_is_accepted_and_the_event_answered()
    {
        await _line.SendAsync(LineEvents.Text("U1", "こんにちは"));

        _line.Api.CallsTo("/reply").Should().ContainSingle();
        LineSpec.ShouldConform(_line.Api.Calls);
    }

    [Fact]
    public async Task A_tampered_body_is_refused_and_nothing_is_processed()
    {
        var body = Body(LineEvents.Text("U1", "こんにちは"));
        var signature = LineSignature.Compute(Encoding.UTF8.GetBytes(body), LineTestHost.Secret);

        var response = await _line.PostRawAsync(body.Replace("\"U1\"", "\"U2\""), signature);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await _line.Inbox.PendingCountAsync(default)).Should().Be(0);
        _line.Api.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task A_signature_made_with_another_secret_is_refused()
    {
        var body = Body(LineEvents.Text("U1", "こんにちは"));
        var response = await _line.PostRawAsync(body, LineSignature.Compute(Encoding.UTF8.GetBytes(body), "another-secret"));
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_missing_signature_is_refused()
    {
        var response = await _line.PostRawAsync(Body(LineEvents.Text("U1", "こんにちは")), signature: null);
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"destination\":\"U\"}")]
    public async Task Malformed_json_with_a_good_signature_gets_400(string body)
    {
        (await _line.PostSignedAsync(body)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_verify_call_with_no_events_gets_200()
    {
        (await _line.PostSignedAsync("{\"destination\":\"U\",\"events\":[]}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_redelivered_event_is_processed_once()
    {
        var original = LineEvents.Text("U1", "ヘルプ", eventId: "01REDELIVERED0000000000000");
        await _line.SendAsync(original);
        var again = LineEvents.Text("U1", "ヘルプ", eventId: "01REDELIVERED0000000000000", redelivery: true);

        await _line.SendAsync(again);

        _line.Api.CallsTo("/reply").Should().ContainSingle();
    }

    [Fact]
    public async Task Without_LINE_settings_the_endpoint_is_404_and_the_rest_runs()
    {
        await using var plain = new BotApplication();
        var http = plain.CreateClient();

        (await http.PostAsync("/api/line", new StringContent("{}"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await http.GetAsync("/healthz")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413()
    {
        var body = Body(LineEvents.Text("U1", new string('あ', 400_000)));
        (await _line.PostSignedAsync(body)).StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    private static string Body(params System.Text.Json.Nodes.JsonObject[] events) =>
        new System.Text.Json.Nodes.JsonObject { ["destination"] = LineTestHost.Destination, ["events"] = new System.Text.Json.Nodes.JsonArray(events) }.ToJsonString();

    public async Task DisposeAsync() => await _line.DisposeAsync();
}
