using Kyodo.Bot.Tests.Browser;
using Kyodo.Bot.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Kyodo.Bot.Tests.Handoff.Console.Stats;

public sealed class DeskStatsBrowserTests
{
    [SkippableFact]
    public async Task An_admin_opens_the_statistics_over_seeded_data_and_the_charts_render_in_a_real_browser()
    {
        BrowserWalk.RequireTools();

        await using var app = new DeskConsoleApplication();
        app.UseKestrel(0);
        app.StartServer();
        var address = BrowserWalk.AddressOf(app.Services);
        await app.AddStaffAsync("admin", "管理者", "ube", isAdmin: true);
        await StatsSeed.NovemberAsync(app.Services);
        var screenshot = Path.Combine(Path.GetDirectoryName(TempFiles.NewDatabasePath())!, $"desk-stats-{Guid.NewGuid():N}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);

        var (exitCode, output) = await BrowserWalk.RunScriptAsync(
            ["desk-stats.mjs", address + "/", "admin", StatsSeed.November, screenshot],
            new Dictionary<string, string> { ["DESK_PASSWORD"] = DeskConsoleApplication.Password });

        exitCode.Should().Be(0, output);
        var png = await File.ReadAllBytesAsync(screenshot);
        png.Take(8).Should().Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "it is a PNG");
        png.Length.Should().BeGreaterThan(30_000, "a page of charts is more than a blank image");
    }
}
