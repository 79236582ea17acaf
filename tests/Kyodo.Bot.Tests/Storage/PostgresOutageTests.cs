using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Kyodo.Bot.Channels.Line;
using Kyodo.Bot.Tests.Channels.Line;
using Kyodo.Bot.Tests.Support;

namespace Kyodo.Bot.Tests.Storage;

/// <summary>PostgreSQL down at start-up and restarted mid-run: the host waits, says it is not ready, and loses no accepted event.</summary>
public sealed class PostgresOutageTests
{
    [SkippableFact]
    public async Task The_host_survives_PostgreSQL_being_down_and_loses_no_acknowledged_event()
    {
        using var postgres = PostgresServer.RequirePrivate();
        var connectionString = postgres.NewDatabase() + ";Timeout=3";
        postgres.Stop();
        await using var line = await FakeLineApi.StartAsync();
        await using var app = new BotApplication(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = connectionString,
            ["Line:ChannelSecret"] = LineTestHost.Secret,
            ["Line:ChannelAccessToken"] = "test-access-token",
            ["Line:ApiBaseUrl"] = line.BaseUrl,
        });
        var http = app.CreateClient();

        (await http.GetAsync("/readyz")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var first = Body(LineEvents.Text("Uoutage", "ヘルプ", eventId: "outage-1"));
        (await PostAsync(http, first)).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "an event that could not be stored is not acknowledged");

        postgres.StartAgain();
        await EventuallyAsync(async () => (await http.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK);
        await EventuallyAsync(async () => (await PostAsync(http, first)).StatusCode == HttpStatusCode.OK);   // LINE's redelivery
        await EventuallyAsync(() => Task.FromResult(line.CallsTo("/reply").Count == 1));

        postgres.Stop();
        var second = Body(LineEvents.Text("Uoutage", "メニュー", eventId: "outage-2"));
        (await PostAsync(http, second)).StatusCode.Should().NotBe(HttpStatusCode.OK);
        postgres.StartAgain();
        await EventuallyAsync(async () => (await PostAsync(http, second)).StatusCode == HttpStatusCode.OK);
        await EventuallyAsync(() => Task.FromResult(line.CallsTo("/reply").Count == 2));
        line.CallsTo("/reply").Should().HaveCount(2, "each event is answered exactly once");
    }

    private static string Body(JsonObject lineEvent) =>
        new JsonObject { ["destination"] = LineTestHost.Destination, ["events"] = new JsonArray(lineEvent) }.ToJsonString();

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/line") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(LineSignature.Header, LineSignature.Compute(Encoding.UTF8.GetBytes(body), LineTestHost.Secret));
        return http.SendAsync(request);
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The condition did not hold within 60 s.");
            await Task.Delay(200);
        }
    }
}
