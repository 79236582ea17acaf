using System.Text.Json;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Channels.Line;
using Kyodo.Bot.Channels.Teams;
using Kyodo.Bot.Documents;
using Kyodo.Bot.Handoff;
using Kyodo.Bot.Handoff.Console;
using Kyodo.Bot.Handoff.Teams;
using Kyodo.Bot.Storage;
using Kyodo.Bot.Tests.Channels.Line;
using Kyodo.Bot.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Kyodo.Bot.Tests.Storage;

/// <summary>Every store keeps the same promises on SQLite and on PostgreSQL.</summary>
public sealed class StoresContractTests
{
    private static LineEvent Event(System.Text.Json.Nodes.JsonObject json) => new(JsonDocument.Parse(json.ToJsonString()).RootElement.Clone());

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_LINE_inbox_stores_each_event_once_and_keeps_its_order_and_outcome(string provider)
    {
        var inbox = new LineInbox(TestDatabases.Create(provider));
        var first = Event(LineEvents.Text("U1", "一つ目", eventId: "e1"));
        var second = Event(LineEvents.Text("U1", "二つ目", eventId: "e2"));

        (await inbox.AddAsync([first, second], default)).Should().Be(2);
        (await inbox.AddAsync([first], default)).Should().Be(0, "a redelivery is stored once");

        var pending = await inbox.PendingAsync(10, default);
        pending.Select(p => p.EventId).Should().Equal("e1", "e2");
        await inbox.MarkDoneAsync(pending[0].Sequence, default);
        await inbox.MarkFailedAsync(pending[1].Sequence, "LINE said 400", default);
        (await inbox.PendingCountAsync(default)).Should().Be(0);
        (await inbox.FindAsync("e2", default))!.Value.Error.Should().Be("LINE said 400");

        (await inbox.HasUnfollowedAsync("U1", default)).Should().BeFalse();
        await inbox.SetFollowingAsync("U1", following: false, default);
        (await inbox.HasUnfollowedAsync("U1", default)).Should().BeTrue("an unfollow counts at once, also after the person was known to follow");
        await inbox.SetFollowingAsync("U1", following: true, default);
        (await inbox.HasUnfollowedAsync("U1", default)).Should().BeFalse();
        await inbox.SetFollowingAsync("U1", following: false, default);
        await inbox.EraseAsync("line", "U1", default);
        (await inbox.FindAsync("e1", default)).Should().BeNull();
        (await inbox.HasUnfollowedAsync("U1", default)).Should().BeFalse();
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Documents_keep_their_bytes_until_they_expire(string provider)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-30T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var store = new DocumentStore(TestDatabases.Create(provider), Options.Create(new DocumentOptions { LinkLifetimeMinutes = 60 }), clock);
        byte[] bytes = [0, 1, 2, 250, 255];

        var id = await store.SaveAsync("draft.docx", "application/octet-stream", bytes, default);

        var found = (await store.FindAsync(id, default))!;
        found.Content.Should().Equal(bytes);
        store.IsExpired(found).Should().BeFalse();
        clock.Advance(TimeSpan.FromMinutes(61));
        store.IsExpired(found).Should().BeTrue();
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Conversation_references_are_saved_replaced_and_found(string provider)
    {
        var store = new ConversationReferenceStore(TestDatabases.Create(provider), new ServiceUrlAllowList());
        var reference = new ConversationReference("msteams", "https://smba.example/", new ConversationAccount { Id = "a:1" }, new ChannelAccount { Id = "bot" }, null);

        await store.SaveAsync(reference, default);
        await store.SaveAsync(reference with { ServiceUrl = "https://smba2.example/" }, default);

        (await store.FindAsync("msteams", "a:1", default))!.ServiceUrl.Should().Be("https://smba2.example/");
        (await store.FindAsync("msteams", "a:2", default)).Should().BeNull();
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_conversation_reference_changed_in_place_is_saved_again(string provider)
    {
        var store = new ConversationReferenceStore(TestDatabases.Create(provider), new ServiceUrlAllowList());
        var user = new ChannelAccount { Id = "u1", Name = "最初の名前" };
        var reference = new ConversationReference("msteams", "https://smba.example/", new ConversationAccount { Id = "a:1" }, new ChannelAccount { Id = "bot" }, user);
        await store.SaveAsync(reference, default);

        // Unchanged values in new objects are recognized as the same reference; a change to the remembered objects is not hidden.
        await store.SaveAsync(reference with { User = user with { } }, default);
        user.Name = "新しい名前";
        await store.SaveAsync(reference, default);

        (await store.FindAsync("msteams", "a:1", default))!.User!.Name.Should().Be("新しい名前");
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_conversation_reference_that_changes_back_is_saved_again(string provider)
    {
        var store = new ConversationReferenceStore(TestDatabases.Create(provider), new ServiceUrlAllowList());
        var first = new ConversationReference("msteams", "https://smba.example/", new ConversationAccount { Id = "a:1" }, new ChannelAccount { Id = "bot" }, null);

        await store.SaveAsync(first, default);
        await store.SaveAsync(first with { ServiceUrl = "https://smba2.example/" }, default);
        await store.SaveAsync(first, default);

        (await store.FindAsync("msteams", "a:1", default))!.ServiceUrl.Should().Be("https://smba.example/");
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_Connector_outbox_gives_each_due_entry_to_one_claimer_and_keeps_what_is_left(string provider)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-30T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var database = TestDatabases.Create(provider);
        var outbox = new ConnectorOutbox(database, clock);
        Activity To(string conversation, string user) => new() { Id = "in-" + conversation, ChannelId = "msteams", ServiceUrl = "https://smba.example/", From = new ChannelAccount { Id = user }, Conversation = new ConversationAccount { Id = conversation } };
        Activity Reply(string text) => new() { Type = ActivityTypes.Message, Text = text };
        var busy = new HttpRequestException("The Bot Connector answered 503.", null, System.Net.HttpStatusCode.ServiceUnavailable);
        for (var i = 0; i < 20; i++) await outbox.AddAsync(To($"c{i}", "u1"), [Reply("一"), Reply("二")], busy, default);
        await outbox.AddAsync(To("c-refused", "u2"), [Reply("三")], new HttpRequestException("The Bot Connector answered 403.", null, System.Net.HttpStatusCode.Forbidden), default);

        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => new ConnectorOutbox(database, clock).ClaimDueAsync(50, TimeSpan.FromMinutes(5), default)));
        claims.SelectMany(c => c).Select(e => e.ConversationId).Should().HaveCount(20).And.OnlyHaveUniqueItems("each entry to one claimer; the refused one is not due");
        (await outbox.ClaimDueAsync(50, TimeSpan.FromMinutes(5), default)).Should().BeEmpty("leased");

        var first = claims.SelectMany(c => c).OrderBy(e => e.Sequence).First();
        first.Replies.Select(r => r.Text).Should().Equal("一", "二");
        (first.ChannelId, first.ServiceUrl, first.ReplyToId, first.Attempts).Should().Be(("msteams", "https://smba.example/", "in-c0", 1));
        await outbox.DeliveredAsync(first.Sequence, [Reply("二")], default);
        await outbox.RetryLaterAsync(first.Sequence, 2, clock.GetUtcNow().AddSeconds(20), "busy", default);
        clock.Advance(TimeSpan.FromSeconds(30));
        (await outbox.ClaimDueAsync(50, TimeSpan.FromMinutes(5), default)).Should().ContainSingle()
            .Which.Should().Match<ConnectorOutbox.Entry>(e => e.Sequence == first.Sequence && e.Attempts == 2 && e.Replies.Count == 1 && e.Replies[0].Text == "二");
        await outbox.DeliveredAsync(first.Sequence, [], default);

        var left = await outbox.ListAsync(default);
        left.Should().HaveCount(20).And.NotContain(e => e.Sequence == first.Sequence);
        left.Single(e => e.ConversationId == "c-refused").Should().Match<ConnectorOutbox.Outcome>(e => e.Status == "failed" && e.Error!.Contains("403"));
        await outbox.EraseAsync("msteams", "u1", default);
        (await outbox.ListAsync(default)).Should().ContainSingle().Which.ConversationId.Should().Be("c-refused");
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_Connector_outbox_entry_waits_while_an_earlier_one_of_its_conversation_is_not_due(string provider)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-30T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var outbox = new ConnectorOutbox(TestDatabases.Create(provider), clock);
        Activity In(string conversation) => new() { Id = "in", ChannelId = "msteams", ServiceUrl = "https://smba.example/", From = new ChannelAccount { Id = "u" }, Conversation = new ConversationAccount { Id = conversation } };
        var reply = new Activity { Type = ActivityTypes.Message, Text = "返信" };
        await outbox.AddAsync(In("c1"), [reply], new HttpRequestException("The Bot Connector answered 503."), default);
        var first = (await outbox.ClaimDueAsync(10, TimeSpan.FromMinutes(5), default)).Single();
        await outbox.RetryLaterAsync(first.Sequence, 2, clock.GetUtcNow().AddMinutes(1), "busy", default);
        (await outbox.HasPendingAsync("c1", default)).Should().BeTrue();
        (await outbox.HasPendingAsync("c2", default)).Should().BeFalse();
        await outbox.QueueBehindAsync(In("c1"), [reply], default);
        await outbox.QueueBehindAsync(In("c2"), [reply], default);

        (await outbox.ClaimDueAsync(10, TimeSpan.FromMinutes(5), default)).Select(e => e.ConversationId).Should().Equal("c2");
        clock.Advance(TimeSpan.FromMinutes(2));
        (await outbox.ClaimDueAsync(10, TimeSpan.FromMinutes(5), default)).Select(e => (e.ConversationId, e.Attempts)).Should().Equal(("c1", 2), ("c1", 0));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task What_one_activity_sent_is_kept_once_per_ticket(string provider)
    {
        var store = new TicketStore(TestDatabases.Create(provider));
        var dossier = new Dossier("相談です", null, null, null, [], null, [], null, [], null, []);
        var ticket = new Ticket(TicketStore.NewId(), "ube", "line", "U2", "U2", EscalationReason.Asked, dossier, TicketState.Waiting, DateTimeOffset.UtcNow);
        await store.CreateAsync(ticket, default);
        TranscriptLine Said(string text) => new(Speaker.Person, text, DateTimeOffset.UtcNow);

        (await store.AddPersonMessageOnceAsync(ticket.Id, Said("よろしく"), "a1", default)).Should().BeTrue();
        (await store.AddPersonMessageOnceAsync(ticket.Id, Said("よろしく"), "a1", default)).Should().BeFalse("the same activity again");
        (await store.AddPersonMessageOnceAsync(ticket.Id, Said("よろしく"), "a2", default)).Should().BeTrue("the same words in another activity");
        (await store.AddPersonMessageOnceAsync(ticket.Id, Said("スタンプ"), null, default)).Should().BeTrue();
        (await store.AddPersonMessageOnceAsync(ticket.Id, Said("スタンプ"), null, default)).Should().BeTrue("without an id nothing can be recognized");

        (await store.MessagesAsync(ticket.Id, 0, default)).Select(m => m.Text).Should().Equal("よろしく", "よろしく", "スタンプ", "スタンプ");
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Tickets_move_through_their_states_once_and_keep_their_transcript(string provider)
    {
        var store = new TicketStore(TestDatabases.Create(provider));
        var dossier = new Dossier("相談です", "山口県", null, null, [], null, [], null, [], null, [], [new IntroductionCandidate("団体", "連絡先")]);
        var ticket = new Ticket(TicketStore.NewId(), "ube", "line", "U1", "U1", EscalationReason.Asked, dossier, TicketState.Waiting, DateTimeOffset.UtcNow);
        await store.CreateAsync(ticket, default);

        var takes = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => store.TryAssignAsync(ticket.Id, new StaffMember($"s{i}", $"職員{i}", "ube"), DateTimeOffset.UtcNow, default)));
        takes.Count(taken => taken).Should().Be(1);
        (await store.FindOpenAsync("line", "U1", default))!.State.Should().Be(TicketState.InProgress);

        var seq = await store.AddMessageAsync(ticket.Id, new TranscriptLine(Speaker.Staff, "こんにちは", DateTimeOffset.UtcNow, "職員"), delivered: false, default);
        await store.MarkDeliveryAsync(seq, false, "push refused", default);
        await store.SetTeamsCardAsync(ticket.Id, "card-1", default);
        (await store.TryCloseAsync(ticket.Id, TicketOutcome.Resolved, "メモ", DateTimeOffset.UtcNow, default)).Should().BeTrue();
        (await store.TryCloseAsync(ticket.Id, TicketOutcome.Referred, null, DateTimeOffset.UtcNow, default)).Should().BeFalse();
        await store.RateAsync(ticket.Id, 5, "よかった", default);

        var closed = (await store.FindByTeamsCardAsync("card-1", default))!;
        (closed.State, closed.Outcome, closed.Rating, closed.RatingComment).Should().Be((TicketState.Closed, TicketOutcome.Resolved, 5, "よかった"));
        closed.Dossier.Should().BeEquivalentTo(dossier);
        (await store.ListAsync("ube", default)).Should().ContainSingle();
        (await store.ListAsync(null, default)).Should().ContainSingle();
        (await store.MessagesAsync(ticket.Id, 0, default)).Should().ContainSingle().Which.Error.Should().Be("push refused");

        await store.EraseAsync("line", "U1", default);
        (await store.FindAsync(ticket.Id, default)).Should().BeNull();
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Desk_channels_and_staff_accounts_are_kept(string provider)
    {
        var database = TestDatabases.Create(provider);
        var channels = new DeskChannelStore(database);
        await channels.BindAsync("ube", "19:a", "admin", default);
        await channels.BindAsync("ube", "19:b", "admin", default);
        (await channels.ChannelOfAsync("ube", default)).Should().Be("19:b");
        (await channels.DeskOfAsync("19:b", default)).Should().Be("ube");

        var accounts = new StaffAccounts(database);
        await accounts.SaveAsync("tanaka", "田中", "ube", isAdmin: false, "hash", default);
        await accounts.RecordFailureAsync("tanaka", 5, DateTimeOffset.UtcNow.AddMinutes(15), default);
        var account = (await accounts.FindAsync("tanaka", default))!;
        account.FailedAttempts.Should().Be(1);
        (await accounts.ListAsync(default)).Should().ContainSingle();
        (await accounts.RemoveAsync("tanaka", default)).Should().BeTrue();
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Retention_deletes_old_finished_events_and_the_state_of_people_who_left(string provider)
    {
        var database = TestDatabases.Create(provider);
        var inbox = new LineInbox(database);
        var state = new SqlStateStore(database);
        await inbox.AddAsync([Event(LineEvents.Text("Ugone", "こんにちは", eventId: "old"))], default);
        await inbox.MarkDoneAsync((await inbox.PendingAsync(1, default))[0].Sequence, default);
        await state.WriteAsync([new StateWrite("line/users/Ugone", "{}", 0)], default);
        await inbox.SetFollowingAsync("Ugone", following: false, default);

        var later = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(91));
        await new LineRetention(database, state, Options.Create(new LineOptions { RetentionDays = 90 }), later).DeleteExpiredAsync(default);

        (await inbox.FindAsync("old", default)).Should().BeNull();
        (await state.ReadAsync("line/users/Ugone", default)).Should().BeNull();
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Consultation_events_are_recorded_masked_and_listed_by_time(string provider)
    {
        var events = new Kyodo.Bot.Stats.ConsultationEvents(TestDatabases.Create(provider), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<Kyodo.Bot.Stats.ConsultationEvents>.Instance);
        var at = DateTimeOffset.Parse("2026-11-30T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        await events.RecordAsync("line", [new Kyodo.Bot.Stats.ConsultationEventNote("unanswered", "電話は 090-1234-5678 です")], at, default);
        await events.RecordAsync("line", [new Kyodo.Bot.Stats.ConsultationEventNote("consultation", null)], at.AddDays(1), default);

        (await events.ListAsync(null, null, default)).Should().HaveCount(2);
        var first = (await events.ListAsync(at, at.AddHours(1), default)).Should().ContainSingle().Subject;
        first.Detail.Should().NotContain("090-1234-5678");
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Instances_lease_a_persons_events_whole_so_their_order_holds(string provider)
    {
        var inbox = new LineInbox(TestDatabases.Create(provider));
        await inbox.AddAsync([Event(LineEvents.Text("U1", "a", eventId: "u1-a")), Event(LineEvents.Text("U2", "b", eventId: "u2-b")), Event(LineEvents.Text("U1", "c", eventId: "u1-c"))], default);

        var one = await inbox.ClaimAsync("one", 1, TimeSpan.FromMinutes(2), default);
        var two = await inbox.ClaimAsync("two", 10, TimeSpan.FromMinutes(2), default);

        one.Select(e => e.EventId).Should().Equal("u1-a");
        two.Select(e => e.EventId).Should().Equal(["u2-b"], "U1's next event waits while another instance holds U1");
        await inbox.MarkDoneAsync(one[0].Sequence, default);
        (await inbox.ClaimAsync("one", 10, TimeSpan.FromMinutes(2), default)).Select(e => e.EventId).Should().Equal("u1-c");
        (await inbox.ClaimAsync("three", 10, TimeSpan.Zero, default)).Should().BeEmpty("leased events are not handed out twice");
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_claim_returns_only_new_events_renews_held_leases_and_retakes_them_after_a_restart(string provider)
    {
        var database = TestDatabases.Create(provider);
        var inbox = new LineInbox(database);
        await inbox.AddAsync([Event(LineEvents.Text("U1", "a", eventId: "held"))], default);
        (await inbox.ClaimAsync("one", 10, TimeSpan.FromSeconds(30), default)).Should().ContainSingle();
        await inbox.AddAsync([Event(LineEvents.Text("U2", "b", eventId: "new"))], default);

        (await inbox.ClaimAsync("one", 10, TimeSpan.FromMinutes(10), default)).Select(e => e.EventId).Should().Equal(["new"], "the held event is still running");

        var until = DateTimeOffset.Parse((string)(await database.ScalarAsync("SELECT claimed_until FROM line_inbox WHERE event_id = 'held'", default))!,
            System.Globalization.CultureInfo.InvariantCulture);
        until.Should().BeAfter(DateTimeOffset.UtcNow.AddMinutes(5), "a lease past half its time is renewed while the event is held");
        (await inbox.ClaimAsync("one", 10, TimeSpan.FromMinutes(10), default, retakeHeld: true)).Select(e => e.EventId)
            .Should().Equal(["held", "new"], "an instance starting again under its name takes its events back, oldest first");
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_expired_lease_lets_another_instance_take_over(string provider)
    {
        var inbox = new LineInbox(TestDatabases.Create(provider));
        await inbox.AddAsync([Event(LineEvents.Text("U1", "a", eventId: "only"))], default);

        (await inbox.ClaimAsync("crashed", 10, TimeSpan.FromMilliseconds(-1), default)).Should().ContainSingle();

        (await inbox.ClaimAsync("survivor", 10, TimeSpan.FromMinutes(2), default)).Select(e => e.EventId).Should().Equal("only");
    }
}
