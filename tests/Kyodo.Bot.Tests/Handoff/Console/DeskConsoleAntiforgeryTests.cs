using System.Net;
using Kyodo.Bot.Handoff;

namespace Kyodo.Bot.Tests.Handoff.Console;

public sealed class DeskConsoleAntiforgeryTests : IAsyncLifetime
{
    private readonly DeskConsoleApplication _app = new();

    public Task InitializeAsync() => _app.AddStaffAsync("tanaka", "田中", "ube");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_sign_in_without_the_token_is_refused()
    {
        var client = _app.NewConsoleClient();
        await client.TokenFromAsync("/desk/login");

        var response = await client.PostAsync("/desk/login", token: null, ("userName", "tanaka"), ("password", DeskConsoleApplication.Password));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Taking_a_ticket_without_the_token_or_with_a_forged_one_is_refused_and_changes_nothing()
    {
        var (ticket, _) = await _app.OpenTicketAsync("ube");
        var client = await _app.SignedInAsync("tanaka");

        var missing = await client.PostAsync($"/desk/tickets/{ticket.Id}/take", token: null);
        var forged = await client.PostAsync($"/desk/tickets/{ticket.Id}/take", token: "CfDJ8forged");

        missing.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        forged.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await _app.TicketAsync(ticket.Id)).State.Should().Be(TicketState.Waiting);
    }

    [Fact]
    public async Task A_token_taken_from_another_signed_in_session_is_refused()
    {
        await _app.AddStaffAsync("suzuki", "鈴木", "ube");
        var (ticket, _) = await _app.OpenTicketAsync("ube");
        var tanaka = await _app.SignedInAsync("tanaka");
        var suzuki = await _app.SignedInAsync("suzuki");
        var suzukisToken = await suzuki.TokenFromAsync("/desk");
        await tanaka.TokenFromAsync("/desk");

        var response = await tanaka.PostAsync($"/desk/tickets/{ticket.Id}/take", suzukisToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await _app.TicketAsync(ticket.Id)).State.Should().Be(TicketState.Waiting);
    }
}
