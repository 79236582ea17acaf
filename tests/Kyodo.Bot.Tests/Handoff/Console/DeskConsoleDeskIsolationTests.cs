using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kyodo.Bot.Handoff;

namespace Kyodo.Bot.Tests.Handoff.Console;

public sealed class DeskConsoleDeskIsolationTests : IAsyncLifetime
{
    private readonly DeskConsoleApplication _app = new();

    public async Task InitializeAsync()
    {
        await _app.AddStaffAsync("tanaka", "田中", "ube");
        await _app.AddStaffAsync("gunma", "群馬 太郎", "gunma_salon");
        await _app.AddStaffAsync("admin", "管理者", "gunma_salon", isAdmin: true);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Another_desks_ticket_is_not_found_and_cannot_be_taken_answered_or_closed()
    {
        var (ticket, _) = await _app.OpenTicketAsync("gunma_salon");
        var ube = await _app.SignedInAsync("tanaka");
        var path = $"/desk/tickets/{ticket.Id}";

        (await ube.Http.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ube.Http.GetAsync($"/desk/api/tickets/{ticket.Id}/messages?after=0")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ube.SubmitAsync("/desk", path + "/take")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ube.SubmitAsync("/desk", path + "/reply", ("text", "こんにちは"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ube.SubmitAsync("/desk", path + "/close", ("outcome", "Resolved"), ("note", ""))).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var after = await _app.TicketAsync(ticket.Id);
        after.State.Should().Be(TicketState.Waiting);
        after.AssignedTo.Should().BeNull();
        (await _app.TranscriptAsync(ticket.Id)).Should().ContainSingle("only the person's first words are there");
    }

    [Fact]
    public async Task The_queue_holds_only_the_own_desks_tickets_and_an_admin_sees_every_desk()
    {
        var (ube, _) = await _app.OpenTicketAsync("ube");
        var (gunma, _) = await _app.OpenTicketAsync("gunma_salon");

        var ubeQueue = await QueueIdsAsync(await _app.SignedInAsync("tanaka"));
        var gunmaQueue = await QueueIdsAsync(await _app.SignedInAsync("gunma"));
        var adminQueue = await QueueIdsAsync(await _app.SignedInAsync("admin"));

        ubeQueue.Should().Equal(ube.Id);
        gunmaQueue.Should().Equal(gunma.Id);
        adminQueue.Should().BeEquivalentTo([ube.Id, gunma.Id]);
        var adminPage = await (await _app.SignedInAsync("admin")).Http.GetStringAsync($"/desk/tickets/{ube.Id}");
        adminPage.Should().Contain("対応する");
    }

    private static async Task<string[]> QueueIdsAsync(DeskConsoleClient client)
    {
        var queue = await client.Http.GetFromJsonAsync<JsonElement>("/desk/api/queue");
        return queue.GetProperty("tickets").EnumerateArray().Select(t => t.GetProperty("id").GetString()!).ToArray();
    }
}
