using System.Text.Json;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Content;
using Kyodo.Bot.Conversation;
using Kyodo.Bot.Handoff;
using Kyodo.Bot.Storage;
using Kyodo.Bot.Tests.Channels.Line;
using Kyodo.Bot.Tests.Channels.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace Kyodo.Bot.Tests.Handoff;

/// <summary>
/// The whole handoff: a LINE resident asks for a person → the desk's Teams channel gets the ticket card → a staff
/// member takes it → messages go both ways (across a restart) → staff close → the resident rates and resumes the checklist.
/// </summary>
public sealed class LineToTeamsHandoffTests : IAsyncLifetime
{
    private const string Resident = "Uresident0000000000000000000000001";
    private HandoffTestHost _host = null!;

    public async Task InitializeAsync() => _host = await HandoffTestHost.StartAsync();

    [Fact]
    public async Task A_resident_reaches_a_person_and_the_bot_picks_up_where_they_left_off()
    {
        var firstStep = await GiveTheResidentChecklistProgressAsync();
        (await _host.StaffDoesAsync(_host.Staff(HandoffTestHost.Admin, "管理者", "窓口登録 yamaguchi_city", mentionBot: true))).Should().Contain("さぽらんて");

        await _host.ResidentSaysAsync(LineEvents.Text(Resident, "人と話したい"));
        await _host.ResidentSaysAsync(LineEvents.Text(Resident, "山口市"));
        _host.ResidentSaw().Should().Contain("つないでもよろしいですか");
        await _host.ResidentSaysAsync(LineEvents.Text(Resident, "はい"));
        await _host.ResidentSaysAsync(LineEvents.Text(Resident, "公園の清掃を市と一緒にしたいです"));
        _host.ResidentSaw().Should().Contain("相談を受け付けました");

        var ticket = (await _host.Tickets.FindOpenAsync("line", Resident, default))!;
        ticket.State.Should().Be(TicketState.Waiting);
        ticket.Dossier.Words.Should().Be("公園の清掃を市と一緒にしたいです");
        ticket.Dossier.CurrentStep.Should().Contain(firstStep);
        ticket.Dossier.RecentConversation.Should().Contain(l => l.Speaker == Speaker.Person && l.Text == "人と話したい")
            .And.Contain(l => l.Speaker == Speaker.Person && l.Text == "山口市")
            .And.Contain(l => l.Speaker == Speaker.Bot && l.Text.Contains("さぽらんて"));
        var card = _host.Teams.ConnectorCalls.Single(c => c.Method == "POST" && c.Path.EndsWith($"{HandoffTestHost.DeskChannel}/activities"));
        var cardJson = card.Body["attachments"]![0]!["content"]!.ToJsonString();
        AdaptiveCardSchema.Problems(cardJson).Should().BeEmpty();
        Json(card.Body["attachments"]![0]!["content"]!).Should().Contain("公園の清掃を市と一緒にしたいです").And.Contain("対応する");
        ticket.TeamsCardId.Should().NotBeNull();

        (await _host.StaffDoesAsync(_host.Staff("aad-sato", "佐藤", null, new { handoff = "take", ticket = ticket.Id }, ticket.TeamsCardId))).Should().BeEmpty();
        (await _host.StaffDoesAsync(_host.Staff("aad-suzuki", "鈴木", null, new { handoff = "take", ticket = ticket.Id }, ticket.TeamsCardId))).Should().Contain("すでに佐藤さんが対応しています");
        _host.ResidentSaw().Should().Contain("佐藤さんがつながりました");
        _host.Teams.ConnectorCalls.Should().Contain(c => c.Method == "PUT" && Json(c.Body).Contains("佐藤さんが対応中"));

        await _host.RestartAsync();

        var repliesBefore = _host.Line.CallsTo("/reply").Count;
        await _host.ResidentSaysAsync(LineEvents.Text(Resident, "来週の会議に間に合いますか"), LineEvents.Sticker(Resident));
        _host.Line.CallsTo("/reply").Count.Should().Be(repliesBefore, "the bot says nothing while a person owns the conversation");
        var thread = _host.Teams.ConnectorCalls.Where(c => c.Path.Contains(";messageid=" + ticket.TeamsCardId)).Select(c => c.Body["text"]?.ToString()).ToArray();
        thread.Should().ContainInOrder("相談者: 来週の会議に間に合いますか", "相談者: ［スタンプが送られました］");

        (await _host.StaffDoesAsync(_host.Staff("aad-sato", "佐藤", "間に合います。資料をお送りします。", threadRoot: ticket.TeamsCardId))).Should().BeEmpty();
        (await _host.StaffDoesAsync(_host.Staff("aad-suzuki", "鈴木", "私からも一言", threadRoot: ticket.TeamsCardId))).Should().Contain("担当者ではない");
        var pushed = _host.ResidentSaw();
        pushed.Should().Contain("間に合います。資料をお送りします。").And.NotContain("私からも一言");

        await _host.StaffDoesAsync(_host.Staff("aad-sato", "佐藤", null, new { handoff = "close", ticket = ticket.Id, outcome = "Referred", note = "県の窓口に紹介" }, ticket.TeamsCardId));
        var closed = (await _host.Tickets.FindAsync(ticket.Id, default))!;
        closed.State.Should().Be(TicketState.Closed);
        closed.Outcome.Should().Be(TicketOutcome.Referred);
        closed.Note.Should().Be("県の窓口に紹介");
        _host.ResidentSaw().Should().Contain("満足度");

        await _host.ResidentSaysAsync(LineEvents.Postback(Resident, $"{HandoffDesk.RateValuePrefix}{ticket.Id}.5"));
        await _host.ResidentSaysAsync(LineEvents.Text(Resident, "丁寧でした"));
        _host.ResidentSaw().Should().Contain("続きから始めますか");
        await _host.ResidentSaysAsync(LineEvents.Text(Resident, "はい"));
        _host.ResidentSaw().Should().Contain(firstStep);

        var rated = (await _host.Tickets.FindAsync(ticket.Id, default))!;
        rated.Rating.Should().Be(5);
        rated.RatingComment.Should().Be("丁寧でした");
        var transcript = await _host.Tickets.MessagesAsync(ticket.Id, 0, default);
        transcript.Select(m => m.Text).Should().ContainInOrder("公園の清掃を市と一緒にしたいです", "来週の会議に間に合いますか", "間に合います。資料をお送りします。");
        transcript.Should().OnlyContain(m => m.Delivered);
    }

    [Fact]
    public async Task Only_a_configured_admin_binds_a_channel_and_another_desks_channel_cannot_act_on_the_ticket()
    {
        (await _host.StaffDoesAsync(_host.Staff("aad-someone", "誰か", "窓口登録 yamaguchi_city", mentionBot: true))).Should().Contain("管理者");
        (await _host.StaffDoesAsync(_host.Staff(HandoffTestHost.Admin, "管理者", "窓口登録 nowhere", mentionBot: true))).Should().Contain("ありません");
        await _host.StaffDoesAsync(_host.Staff(HandoffTestHost.Admin, "管理者", "窓口登録 ube", mentionBot: true));

        await _host.ResidentSaysAsync(LineEvents.Text(Resident, "人と話したい"));
        await _host.ResidentSaysAsync(LineEvents.Text(Resident, "山口市"));
        await _host.ResidentSaysAsync(LineEvents.Text(Resident, "はい"));
        await _host.ResidentSaysAsync(LineEvents.Text(Resident, "相談です"));
        var ticket = (await _host.Tickets.FindOpenAsync("line", Resident, default))!;
        ticket.DeskId.Should().Be("yamaguchi_city");
        _host.Teams.ConnectorCalls.Should().NotContain(c => c.Path.EndsWith($"{HandoffTestHost.DeskChannel}/activities"), "that channel belongs to another desk");

        (await _host.StaffDoesAsync(_host.Staff("aad-ube", "宇部の職員", null, new { handoff = "take", ticket = ticket.Id }))).Should().Contain("窓口のものではありません");
        (await _host.Tickets.FindAsync(ticket.Id, default))!.State.Should().Be(TicketState.Waiting);
    }

    [Fact]
    public async Task A_resident_typing_staff_commands_gets_nothing_special()
    {
        await _host.ResidentSaysAsync(LineEvents.Text(Resident, "窓口登録 yamaguchi_city"));
        await _host.ResidentSaysAsync(LineEvents.Postback(Resident, JsonSerializer.Serialize(new { handoff = "take", ticket = "x" })));

        _host.ResidentSaw().Should().NotContain("登録しました");
        _host.Teams.ConnectorCalls.Should().BeEmpty();
    }

    private async Task<string> GiveTheResidentChecklistProgressAsync()
    {
        var content = _host.App.Services.GetRequiredService<IContentProvider>().Current.Content;
        var step = content.Checklist.Steps[0];
        var profile = new UserProfile { Welcomed = true, TickedItems = [step.Items[0].Id] };
        await _host.App.Services.GetRequiredService<IStateStore>().WriteAsync(
            [new StateWrite(StateKeys.User("line", Resident), JsonSerializer.Serialize(profile, BotJson.Options), 0)], default);
        return step.Title;
    }

    private static string Json(System.Text.Json.Nodes.JsonNode node) =>
        node.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
