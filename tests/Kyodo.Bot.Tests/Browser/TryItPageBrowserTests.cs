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
        var missing = BrowserWalk.MissingTool();
        // Locally a missing browser skips with the reason; in CI it is a failure, never a silent skip.
        if (missing is not null && Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            throw new InvalidOperationException($"CI must run the browser test: {missing}");
        Skip.If(missing is not null, missing);

        await using var app = new BotApplication();
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var screenshot = Path.Combine(Path.GetTempPath(), "kyodo-tryit-walk.png");

        var (exitCode, output) = await BrowserWalk.RunAsync(
            address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1") + "/",
            Path.Combine(AppContext.BaseDirectory, "Browser", "diagnose-recommend.steps.json"),
            screenshot);

        exitCode.Should().Be(0, output);
        new FileInfo(screenshot).Length.Should().BeGreaterThan(10_000);
    }
}
