using System.Text.Json.Nodes;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Channels.Teams;
using Kyodo.Bot.Handoff;
using Kyodo.Bot.Storage;
using Kyodo.Bot.Tests.Channels.Line;
using Kyodo.Bot.Tests.Channels.Teams;
using Kyodo.Bot.Tests.Conversations;
using Kyodo.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kyodo.Bot.Tests.Storage;

/// <summary>Two hosts behind a load balancer, sharing one PostgreSQL database.</summary>
public sealed class TwoInstancesTests
{
    [SkippableFact]
    public async Task A_LINE_event_delivered_to_both_instances_is_processed_once()
    {
        var settings = TestDatabases.Settings("Postgres");
        await using var first = await LineTestHost.StartAsync(settings: settings);
        var second = await LineTestHost.StartAsync(settings: settings, api: first.Api);
        try
        {
            var lineEvent = LineEvents.Text("Utwice", "ヘルプ", eventId: "shared-1");
            await first.SendAsync(lineEvent);
            await second.SendAsync(LineEvents.Text("Utwice", "ヘルプ", eventId: "shared-1", redelivery: true));
            await Task.Delay(500);

            first.Api.CallsTo("/reply").Should().ContainSingle();
        }
        finally
        {
            await second.App.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task A_LINE_conversation_whose_events_alternate_between_instances_stays_coherent()
    {
        var settings = TestDatabases.Settings("Postgres");
        await using var first = await LineTestHost.StartAsync(settings: settings);
        var second = await LineTestHost.StartAsync(settings: settings, api: first.Api);
        try
        {
            string[] said = ["協働に向いているか診断", "公園の清掃を住民と市で一緒にしたい", "はい", "いいえ", "はい"];
            for (var i = 0; i < said.Length; i++)
                await (i % 2 == 0 ? first : second).SendAsync(LineEvents.Text("Ualternate", said[i]));

            var texts = first.Api.CallsTo("/reply").Select(c => c.Body.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })).ToArray();
            texts.Should().HaveCount(said.Length);
            texts[1].Should().Contain("質問 1/7");
            texts[2].Should().Contain("質問 2/7");
            texts[3].Should().Contain("質問 3/7");
            texts[4].Should().Contain("質問 4/7");
        }
        finally
        {
            await second.App.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task A_Teams_conversation_whose_turns_alternate_between_instances_plays_the_whole_guidance()
    {
        var settings = TestDatabases.Settings("Postgres");
        await using var first = await TeamsTestHost.StartAsync(settings);
        var second = await TeamsTestHost.StartAsync(settings, first.Framework);
        try
        {
            var script = ScriptRunner.Load("02_diagnose_recommend_checklist_by_buttons.txt");
            await ScriptRunner.RunAsync(script, new AlternatingDriver(new TeamsDriver(first, "29:alt", "a:alternating"), new TeamsDriver(second, "29:alt", "a:alternating")), "29:alt");
        }
        finally
        {
            await second.App.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task A_staff_reply_entered_on_one_instance_reaches_a_Web_Chat_person_served_by_the_other()
    {
        var settings = TestDatabases.Settings("Postgres");
        await using var serving = new BotApplication(settings);
        await using var staffSide = new BotApplication(settings);
        var person = new Kyodo.Bot.Tests.DirectLine.DirectLineClient(serving.CreateClient());
        await person.StartAsync("dl-person");
        await person.SendAsync(new Activity { Type = ActivityTypes.Message, Text = "人と話したい", From = new ChannelAccount { Id = "dl-person" } });
        _ = staffSide.Services.GetRequiredService<Kyodo.Bot.Storage.Database>();
        await Task.Delay(1500);   // both hosts are listening

        var desk = staffSide.Services.GetRequiredService<Kyodo.Bot.Handoff.HandoffDesk>();
        var ticket = new Kyodo.Bot.Handoff.Ticket(Kyodo.Bot.Handoff.TicketStore.NewId(), "ube", "webchat", person.ConversationId, "dl-person",
            Kyodo.Bot.Handoff.EscalationReason.Asked, new Kyodo.Bot.Handoff.Dossier("相談", null, null, null, [], null, [], null, [], null, []),
            Kyodo.Bot.Handoff.TicketState.Waiting, DateTimeOffset.UtcNow);
        await desk.OpenAsync(ticket, null, default);
        var staff = new Kyodo.Bot.Handoff.StaffMember("console:sato", "佐藤", "ube");
        (await desk.TakeAsync(ticket.Id, staff, default)).Succeeded.Should().BeTrue();
        (await desk.ReplyAsync(ticket.Id, staff, "別の窓口からお返事します", default)).Succeeded.Should().BeTrue();

        var seen = new List<Activity>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!seen.Any(a => a.Text?.Contains("別の窓口からお返事します") == true) && DateTime.UtcNow < deadline)
        {
            seen.AddRange(await person.PollAsync());
            await Task.Delay(100);
        }
        seen.Select(a => a.Text).Should().Contain(t => t != null && t.Contains("別の窓口からお返事します"));
        seen.Select(a => a.Text).Should().Contain(t => t != null && t.Contains("佐藤さんがつながりました"), "the messages arrive in order");
    }

    [SkippableFact]
    public async Task State_written_or_deleted_on_one_instance_is_no_longer_read_from_the_others_memory()
    {
        var settings = TestDatabases.Settings("Postgres");
        await using var writer = new BotApplication(settings);
        await using var reader = new BotApplication(settings);
        var writes = (SqlStateStore)writer.Services.GetRequiredService<IStateStore>();
        var reads = (SqlStateStore)reader.Services.GetRequiredService<IStateStore>();
        await WaitUntilAsync(() => Task.FromResult(writes.UsesMemory && reads.UsesMemory));
        // Written first by the reader itself, so no announcement from the other instance can still be on its way.
        await reads.WriteAsync([new StateWrite("test/conversations/shared", "{\"n\":1}", 0)], default);
        (await reads.ReadAsync("test/conversations/shared", default))!.Json.Should().Be("{\"n\":1}");

        // Changed behind both instances' backs (no announcement): the reader answers from memory.
        await reader.Services.GetRequiredService<Database>().ExecuteAsync("UPDATE state SET json = '{\"n\":9}' WHERE key = 'test/conversations/shared'", default);
        (await reads.ReadAsync("test/conversations/shared", default))!.Json.Should().Be("{\"n\":1}");

        await writes.WriteAsync([new StateWrite("test/conversations/shared", "{\"n\":2}", 1)], default);
        await WaitUntilAsync(async () => (await reads.ReadAsync("test/conversations/shared", default)) == new StoredDocument("{\"n\":2}", 2));

        await writes.DeleteAsync(["test/conversations/shared"], default);
        await WaitUntilAsync(async () => await reads.ReadAsync("test/conversations/shared", default) is null);
    }

    [SkippableFact]
    public async Task A_ticket_opened_on_one_instance_stops_the_bot_on_the_other_which_had_known_the_conversation_had_none()
    {
        var settings = TestDatabases.Settings("Postgres");
        await using var staffSide = new BotApplication(settings);
        await using var serving = new BotApplication(settings);
        var servingTickets = serving.Services.GetRequiredService<TicketStore>();
        _ = staffSide.Services.GetRequiredService<TicketStore>();
        await WaitUntilAsync(() => Task.FromResult(servingTickets.KnowsEveryCreation));
        var bot = serving.Services.GetRequiredService<Kyodo.Bot.Conversation.ITurnProcessor>();
        (await bot.ProcessAsync(Message("m1", "こんにちは"), default)).Should().NotBeEmpty();   // "no open ticket" is now known there

        var desk = staffSide.Services.GetRequiredService<HandoffDesk>();
        var ticket = await desk.OpenAsync(new Ticket(TicketStore.NewId(), "ube", "test", "c-two", "u-two", EscalationReason.Asked,
            new Dossier("相談", null, null, null, [], null, [], null, [], null, []), TicketState.Waiting, DateTimeOffset.UtcNow), null, default);
        (await desk.TakeAsync(ticket.Id, new StaffMember("console:sato", "佐藤", "ube"), default)).Succeeded.Should().BeTrue();
        await WaitUntilAsync(async () => await servingTickets.FindOpenAsync("test", "c-two", default) is not null);

        var replies = await bot.ProcessAsync(Message("m2", "よろしくお願いします"), default);

        replies.Should().BeEmpty("a staff member answers now");
        (await staffSide.Services.GetRequiredService<TicketStore>().MessagesAsync(ticket.Id, 0, default)).Should().Contain(m => m.Text == "よろしくお願いします");
    }

    [SkippableFact]
    public async Task Teams_replies_kept_in_the_outbox_on_one_instance_are_known_to_the_other_before_its_next_refresh()
    {
        var settings = TestDatabases.Settings("Postgres");
        settings["BotFramework:RedeliveryInterval"] = "01:00:00";
        await using var failing = new BotApplication(settings);
        await using var serving = new BotApplication(settings);
        var keeps = failing.Services.GetRequiredService<ConnectorOutbox>();
        var asks = serving.Services.GetRequiredService<ConnectorOutbox>();
        await WaitUntilAsync(() => Task.FromResult(keeps.KnowsEveryEntry && asks.KnowsEveryEntry));
        await asks.RefreshAsync(default);   // the outbox is empty: ordinary turns there stop asking it
        (await asks.HasPendingAsync("29:kept", default)).Should().BeFalse();

        var incoming = new Activity
        {
            Id = "t1", Type = ActivityTypes.Message, ChannelId = "msteams", ServiceUrl = "https://smba.example/",
            Conversation = new ConversationAccount { Id = "29:kept" }, From = new ChannelAccount { Id = "29:person" },
        };
        await keeps.AddAsync(incoming, [new Activity { Type = ActivityTypes.Message, Text = "お待たせしました" }],
            new HttpRequestException("Service Unavailable", null, System.Net.HttpStatusCode.ServiceUnavailable), default);

        // Its next refresh is an hour away: only the announcement can tell it, and a turn there now queues behind.
        await WaitUntilAsync(() => asks.HasPendingAsync("29:kept", default));
    }

    [SkippableFact]
    public async Task Each_instance_hears_every_announcement_on_one_connection()
    {
        var settings = TestDatabases.Settings("Postgres");
        await using var first = new BotApplication(settings);
        await using var second = new BotApplication(settings);
        var ready = new[] { first, second }.Select(app => (
            States: (SqlStateStore)app.Services.GetRequiredService<IStateStore>(),
            Tickets: app.Services.GetRequiredService<TicketStore>(),
            Outbox: app.Services.GetRequiredService<ConnectorOutbox>())).ToArray();
        await WaitUntilAsync(() => Task.FromResult(ready.All(r => r.States.UsesMemory && r.Tickets.KnowsEveryCreation && r.Outbox.KnowsEveryEntry)));

        var listening = await first.Services.GetRequiredService<Database>().ScalarAsync(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'", default);

        Convert.ToInt32(listening, System.Globalization.CultureInfo.InvariantCulture).Should().Be(2, "one listening connection per instance");
    }

    private static Activity Message(string id, string text) => new()
    {
        Id = id, Type = ActivityTypes.Message, Text = text, ChannelId = "test",
        Conversation = new ConversationAccount { Id = "c-two" }, From = new ChannelAccount { Id = "u-two" }, Recipient = new ChannelAccount { Id = "bot" },
    };

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("What the test waits for did not happen within 10 s.");
            await Task.Delay(50);
        }
    }

    /// <summary>Sends each turn to the next instance in turn, in one conversation.</summary>
    private sealed class AlternatingDriver(TeamsDriver first, TeamsDriver second) : IConversationDriver
    {
        private int _turn;

        public Task<IReadOnlyList<Activity>> SendAsync(Activity activity) => (_turn++ % 2 == 0 ? first : second).SendAsync(activity);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
