using System.Net;
using Kyodo.Bot.Tests.Support;

namespace Kyodo.Bot.Tests.Handoff.Console;

public sealed class DeskConsoleSwitchTests
{
    [Fact]
    public async Task With_the_console_switched_off_its_pages_and_json_do_not_exist()
    {
        await using var app = new BotApplication(new Dictionary<string, string?> { ["DeskConsole:Enabled"] = "false" });
        var client = app.CreateClient();

        (await client.GetAsync("/desk/login")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/desk/api/queue")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/healthz")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
