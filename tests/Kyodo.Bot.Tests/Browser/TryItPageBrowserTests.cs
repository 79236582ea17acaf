using Kyodo.Bot.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Kyodo.Bot.Tests.Browser;

public sealed class TryItPageBrowserTests
{
    [SkippableFact]
    public async Task A_person_walks_from_diagnosis_to_recommendation_and_checklist_in_a_real_browser()
    {
        BrowserWalk.RequireTools();

        await using var app = new BotApplication();
        app.UseKestrel(0);
        app.StartServer();
        var address = BrowserWalk.AddressOf(app.Services);
        var screenshot = Path.Combine(Path.GetTempPath(), "kyodo-tryit-walk.png");

        var (exitCode, output) = await BrowserWalk.RunAsync(
            address + "/",
            Path.Combine(AppContext.BaseDirectory, "Browser", "diagnose-recommend.steps.json"),
            screenshot);

        exitCode.Should().Be(0, output);
        new FileInfo(screenshot).Length.Should().BeGreaterThan(10_000);
    }
}
