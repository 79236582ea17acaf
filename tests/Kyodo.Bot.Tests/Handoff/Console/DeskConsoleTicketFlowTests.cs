using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Handoff;

namespace Kyodo.Bot.Tests.Handoff.Console;

public sealed class DeskConsoleTicketFlowTests : IAsyncLifetime
{
    private readonly DeskConsoleApplication _app = new();

    public async Task InitializeAsync()
    {
        await _app.AddStaffAsync("tanaka", "田中", "ube");
        await _app.AddStaffAsync("suzuki", "鈴木", "ube");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_queue_json_shows_how_long_each_ticket_has_waited()
    {
        var (first, _) = await _app.OpenTicketAsync("ube");
        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        var (second, _) = await _app.OpenTicketAsync("ube");
        _app.Clock.Advance(TimeSpan.FromMinutes(2));
        var client = await _app.SignedInAsync("tanaka");

        var queue = (await client.Http.GetFromJsonAsync<JsonElement>("/desk/api/queue")).GetProperty("tickets").EnumerateArray().ToArray();

        queue.Select(t => t.GetProperty("id").GetString()).Should().Equal(first.Id, second.Id);
        queue[0].GetProperty("waitingMinutes").GetInt32().Should().Be(7);
        queue[0].GetProperty("waiting").GetString().Should().Be("7分");
        queue[1].GetProperty("waitingMinutes").GetInt32().Should().Be(2);
        queue[0].GetProperty("stateLabel").GetString().Should().Be("対応待ち");
        queue[0].GetProperty("reason").GetString().Should().Be("相談者の希望");
        (await client.Http.GetStringAsync("/desk")).Should().Contain("7分").And.Contain($"/desk/tickets/{first.Id}");
    }

    [Fact]
    public async Task Take_reply_and_close_through_the_forms_move_the_ticket_along_and_the_person_gets_the_reply()
    {
        var (ticket, person) = await _app.OpenTicketAsync("ube", "<b>協定書</b>の書き方を教えてください");
        var client = await _app.SignedInAsync("tanaka");
        var page = $"/desk/tickets/{ticket.Id}";

        var dossier = await client.Http.GetStringAsync(page);
        dossier.Should().Contain("&lt;b&gt;協定書&lt;/b&gt;").And.NotContain("<b>協定書</b>");
        dossier.Should().Contain("子ども食堂").And.Contain("公益性はありますか：はい").And.Contain("対応する");

        (await client.SubmitAsync(page, page + "/take")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var taken = await _app.TicketAsync(ticket.Id);
        taken.State.Should().Be(TicketState.InProgress);
        taken.AssignedTo.Should().Be("console:tanaka");
        taken.AssignedName.Should().Be("田中");
        (await person.PollAsync()).Should().Contain(a => a.Text!.Contains("田中さんがつながりました"));

        (await client.SubmitAsync(page, page + "/reply", ("text", "協定書のひな形をお送りします"))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await person.PollAsync()).Should().Contain(a => a.Text!.Contains("協定書のひな形をお送りします"));
        var staffLine = (await _app.TranscriptAsync(ticket.Id)).Single(m => m.Speaker == Speaker.Staff);
        staffLine.Delivered.Should().BeTrue();
        staffLine.Name.Should().Be("田中");

        var lastSeq = (await _app.TranscriptAsync(ticket.Id)).Max(m => m.Seq);
        await person.SendAsync(new Activity { Type = ActivityTypes.Message, Text = "ありがとうございます", From = new ChannelAccount { Id = "person" } });
        var newer = await client.Http.GetFromJsonAsync<JsonElement>($"/desk/api/tickets/{ticket.Id}/messages?after={lastSeq}");
        newer.GetProperty("stateLabel").GetString().Should().Be("田中さんが対応中");
        newer.GetProperty("messages").EnumerateArray().Select(m => (m.GetProperty("speaker").GetString(), m.GetProperty("text").GetString()))
            .Should().Equal(("Person", "ありがとうございます"));

        (await client.SubmitAsync(page, page + "/close", ("outcome", "Referred"), ("note", "法律相談窓口を案内"))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var closed = await _app.TicketAsync(ticket.Id);
        closed.State.Should().Be(TicketState.Closed);
        closed.Outcome.Should().Be(TicketOutcome.Referred);
        closed.Note.Should().Be("法律相談窓口を案内");
        (await client.Http.GetStringAsync(page)).Should().Contain("他機関へ紹介").And.NotContain("対応終了</button>");
        (await client.Http.GetFromJsonAsync<JsonElement>("/desk/api/queue")).GetProperty("tickets").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_ticket_someone_else_has_taken_shows_who_and_cannot_be_answered_by_another()
    {
        var (ticket, _) = await _app.OpenTicketAsync("ube");
        var tanaka = await _app.SignedInAsync("tanaka");
        var suzuki = await _app.SignedInAsync("suzuki");
        var page = $"/desk/tickets/{ticket.Id}";
        var suzukisToken = await suzuki.TokenFromAsync(page);
        await tanaka.SubmitAsync(page, page + "/take");

        var late = await suzuki.PostAsync(page + "/take", suzukisToken);
        late.Headers.Location!.OriginalString.Should().EndWith("?result=TakenByOther");
        var shown = await suzuki.Http.GetStringAsync(late.Headers.Location.OriginalString);
        shown.Should().Contain("田中さんが対応中です").And.Contain("ほかの相談員がすでに対応しています").And.NotContain("name=\"text\"");

        var reply = await suzuki.SubmitAsync(page, page + "/reply", ("text", "横から失礼します"));
        reply.Headers.Location!.OriginalString.Should().EndWith("?result=NotOwner");
        (await _app.TranscriptAsync(ticket.Id)).Should().NotContain(m => m.Speaker == Speaker.Staff);
    }

    [Fact]
    public async Task A_reply_that_could_not_be_delivered_is_shown_with_its_error()
    {
        var (ticket, person) = await _app.OpenTicketAsync("ube");
        var client = await _app.SignedInAsync("tanaka");
        var page = $"/desk/tickets/{ticket.Id}";
        await client.SubmitAsync(page, page + "/take");
        var store = _app.Services.GetService(typeof(TicketStore)) as TicketStore;
        var seq = await store!.AddMessageAsync(ticket.Id, new TranscriptLine(Speaker.Staff, "届かなかった返信", _app.Clock.GetUtcNow(), "田中"), delivered: false, CancellationToken.None);
        await store.MarkDeliveryAsync(seq, false, "The person's Web Chat conversation has ended.", CancellationToken.None);

        var html = await client.Http.GetStringAsync(page);

        html.Should().Contain("届かなかった返信").And.Contain("未送信: The person&#39;s Web Chat conversation has ended.");
    }
}
