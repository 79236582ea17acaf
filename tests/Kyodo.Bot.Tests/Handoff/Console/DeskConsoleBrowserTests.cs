using Kyodo.Bot.Handoff;
using Kyodo.Bot.Tests.Browser;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Kyodo.Bot.Tests.Handoff.Console;

public sealed class DeskConsoleBrowserTests
{
    [SkippableFact]
    public async Task Staff_sign_in_take_a_ticket_reply_see_the_persons_answer_arrive_and_close_it_in_a_real_browser()
    {
        var missing = BrowserWalk.MissingTool();
        // Locally a missing browser skips with the reason; in CI it is a failure, never a silent skip.
        if (missing is not null && Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            throw new InvalidOperationException($"CI must run the browser test: {missing}");
        Skip.If(missing is not null, missing);

        await using var app = new DeskConsoleApplication();
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1");
        await app.AddStaffAsync("tanaka", "田中", "ube");
        var (ticket, person) = await app.OpenTicketAsync(new HttpClient { BaseAddress = new Uri(address) }, "ube");
        var screenshot = Path.Combine(Path.GetTempPath(), "kyodo-desk-console-walk.png");

        var (exitCode, output) = await BrowserWalk.RunScriptAsync(
            ["desk-console.mjs", address + "/", "tanaka", ticket.Id, person.Token, person.ConversationId, screenshot],
            new Dictionary<string, string> { ["DESK_PASSWORD"] = DeskConsoleApplication.Password });

        exitCode.Should().Be(0, output);
        var closed = await app.TicketAsync(ticket.Id);
        closed.State.Should().Be(TicketState.Closed);
        closed.Outcome.Should().Be(TicketOutcome.Resolved);
        (await app.TranscriptAsync(ticket.Id)).Should().Contain(m => m.Speaker == Speaker.Person && m.Text == "ありがとうございます。確認します");
        (await person.PollAsync()).Should().Contain(a => a.Text != null && a.Text.Contains("協定書のひな形をお送りします"));
        new FileInfo(screenshot).Length.Should().BeGreaterThan(10_000);
    }
}
