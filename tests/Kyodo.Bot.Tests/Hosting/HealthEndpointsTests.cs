using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kyodo.Bot.Tests.Support;

namespace Kyodo.Bot.Tests.Hosting;

public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task Healthz_says_alive_and_readyz_reports_storage_and_content()
    {
        await using var app = new BotApplication();
        var http = app.CreateClient();

        (await http.GetFromJsonAsync<JsonElement>("/healthz")).GetProperty("status").GetString().Should().Be("alive");
        var ready = await http.GetAsync("/readyz");
        ready.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await ready.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("storage").GetString().Should().Be("reachable");
        body.GetProperty("content").GetProperty("methods").GetInt32().Should().BeGreaterThan(5);
        File.Exists(app.DatabasePath).Should().BeTrue();
    }
}
