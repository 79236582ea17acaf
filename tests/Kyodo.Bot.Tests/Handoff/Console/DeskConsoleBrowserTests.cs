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
        BrowserWalk.RequireTools();

        await using var app = new DeskConsoleApplication();
        app.UseKestrel(0);
        app.StartServer();
        var address = BrowserWalk.AddressOf(app.Services);
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
