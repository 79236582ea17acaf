using System.Text.Json.Nodes;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Channels.Line;
using Kyodo.Bot.Conversation;
using Kyodo.Bot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Kyodo.Bot.Tests.Channels.Line;

public sealed class LineEventTests : IAsyncLifetime
{
    private LineTestHost _line = null!;

    public async Task InitializeAsync() => _line = await LineTestHost.StartAsync();

    [Fact]
    public async Task A_new_friend_is_welcomed_with_the_menu_as_quick_replies()
    {
        await _line.SendAsync(LineEvents.Follow("U1"));

        var messages = Messages(_line.Api.CallsTo("/reply").Single());
        messages[0]!["text"]!.GetValue<string>().Should().Contain("相談ボット");
        var items = messages[^1]!["quickReply"]!["items"]!.AsArray();
        items.Should().HaveCount(7);
        items.Select(i => i!["action"]!["data"]!.GetValue<string>()).Should().Contain("menu.diagnose");
        items.Should().OnlyContain(i => i!["action"]!["label"]!.GetValue<string>().Length <= 20);
    }

    [Fact]
    public async Task A_sticker_gets_a_friendly_reply_that_steers_back_to_the_menu()
    {
        await _line.SendAsync(LineEvents.Sticker("U1"));

        var text = string.Join("\n", Messages(_line.Api.CallsTo("/reply").Single()).Select(m => m!["text"]?.GetValue<string>()));
        text.Should().Contain("文字のメッセージだけを読めます").And.Contain("何をしますか？");
    }

    [Fact]
    public async Task Five_thousand_characters_get_a_polite_reply()
    {
        await _line.SendAsync(LineEvents.Text("U1", new string('長', 5000)));
        Messages(_line.Api.CallsTo("/reply").Single()).Select(m => m!["text"]?.GetValue<string>()).Should().Contain(t => t!.Contains("文章が長すぎて"));
    }

    [Fact]
    public async Task An_unknown_event_type_is_ignored_without_a_reply()
    {
        var unknown = LineEvents.Unknown("U1");
        await _line.SendAsync(unknown);

        _line.Api.Calls.Should().BeEmpty();
        (await _line.Inbox.FindAsync(unknown["webhookEventId"]!.GetValue<string>(), default))!.Value.Status.Should().Be("done");
    }

    [Fact]
    public async Task In_a_group_the_bot_explains_itself_once_on_join_and_then_stays_quiet()
    {
        await _line.SendAsync(LineEvents.Join("G1"));
        await _line.SendAsync(LineEvents.InGroup(LineEvents.Text("U1", "診断したい"), "G1"));

        var reply = _line.Api.CallsTo("/reply").Should().ContainSingle().Subject;
        Messages(reply)[0]!["text"]!.GetValue<string>().Should().Contain("1対1");
    }

    [Fact]
    public async Task After_unfollow_nothing_is_sent_to_that_person()
    {
        await _line.SendAsync(LineEvents.Unfollow("U1"));
        await _line.SendAsync(LineEvents.Text("U1", "ヘルプ"));

        _line.Api.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task An_unsent_message_is_removed_from_what_we_keep()
    {
        var message = LineEvents.Text("U1", "電話番号は090-1234-5678です");
        await _line.SendAsync(message);

        await _line.SendAsync(LineEvents.Unsend("U1", message["message"]!["id"]!.GetValue<string>()));

        var stored = await _line.Inbox.FindAsync(message["webhookEventId"]!.GetValue<string>(), default);
        stored!.Value.Body.Should().NotContain("090-1234-5678").And.Contain("redacted");
    }

    [Fact]
    public async Task The_events_of_one_person_are_answered_in_order()
    {
        var events = Enumerable.Range(1, 5).Select(i => LineEvents.Text("U1", i % 2 == 0 ? "メニュー" : "ヘルプ")).ToArray();

        await _line.SendAsync(events);

        _line.Api.CallsTo("/reply").Select(c => c.Body["replyToken"]!.GetValue<string>())
            .Should().Equal(events.Select(e => e["replyToken"]!.GetValue<string>()));
    }

    [Fact]
    public async Task While_LINE_is_slow_to_take_one_persons_reply_another_person_is_answered()
    {
        _line.Api.Hang("/reply", TimeSpan.FromSeconds(8));
        (await _line.PostSignedAsync(Body(LineEvents.Text("Uslow", "ヘルプ")))).EnsureSuccessStatusCode();
        await WaitForAsync(() => _line.Api.CallsTo("/reply").Count == 1);

        var quick = LineEvents.Text("Uquick", "ヘルプ");
        (await _line.PostSignedAsync(Body(quick))).EnsureSuccessStatusCode();

        await WaitForAsync(() => _line.Api.CallsTo("/reply").Count == 2);
        _line.Api.CallsTo("/reply")[1].Body["replyToken"]!.GetValue<string>().Should().Be(quick["replyToken"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_turn_cancelled_by_something_else_than_shutdown_is_kept_as_failed_and_the_person_is_still_answered()
    {
        await using var line = await LineTestHost.StartAsync(services: services =>
        {
            services.AddSingleton<TurnProcessor>();
            services.AddSingleton<ITurnProcessor>(provider => new CancelledOnce(provider.GetRequiredService<TurnProcessor>()));
        });
        var cancelled = LineEvents.Text("U1", "ヘルプ");
        var next = LineEvents.Text("U1", "ヘルプ");

        await line.SendAsync(cancelled, next);

        var stored = await line.Inbox.FindAsync(cancelled["webhookEventId"]!.GetValue<string>(), default);
        stored!.Value.Status.Should().Be("failed");
        stored.Value.Error.Should().Contain(nameof(TaskCanceledException));
        line.Api.CallsTo("/reply").Should().ContainSingle().Which.Body["replyToken"]!.GetValue<string>()
            .Should().Be(next["replyToken"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_answered_event_whose_done_mark_fails_is_marked_again_and_never_answered_twice()
    {
        var database = _line.App.Services.GetRequiredService<Database>();
        await database.ExecuteAsync("""
            CREATE TRIGGER store_failing BEFORE UPDATE OF status ON line_inbox WHEN NEW.status = 'done'
            BEGIN SELECT RAISE(ABORT, 'the disk is failing'); END
            """, default);
        var help = LineEvents.Text("U1", "ヘルプ");
        var eventId = help["webhookEventId"]!.GetValue<string>();

        (await _line.PostSignedAsync(Body(help))).EnsureSuccessStatusCode();
        await WaitForAsync(() => _line.Api.CallsTo("/reply").Count == 1);
        await Task.Delay(300);
        (await _line.Inbox.FindAsync(eventId, default))!.Value.Status.Should().Be("pending");

        await database.ExecuteAsync("DROP TRIGGER store_failing", default);
        await WaitForAsync(async () => (await _line.Inbox.FindAsync(eventId, default))!.Value.Status == "done", seconds: 15);
        _line.Api.CallsTo("/reply").Should().ContainSingle();
    }

    [Fact]
    public async Task An_event_answered_just_before_a_crash_is_neither_answered_nor_applied_again_after_the_restart()
    {
        await using var api = await FakeLineApi.StartAsync();
        var databasePath = _line.App.DatabasePath + ".answered.db";
        var yes = LineEvents.Text("U5", "はい");
        var before = await LineTestHost.StartAsync(allowPush: true, databasePath: databasePath, api: api);
        await before.SendAsync(LineEvents.Text("U5", "協働に向いているか診断"));
        await before.SendAsync(LineEvents.Text("U5", "地域でこども食堂を開きたい"));
        await before.App.Services.GetRequiredService<Database>().ExecuteAsync("""
            CREATE TRIGGER store_failing BEFORE UPDATE OF status ON line_inbox WHEN NEW.status = 'done'
            BEGIN SELECT RAISE(ABORT, 'the process is dying'); END
            """, default);
        (await before.PostSignedAsync(Body(yes))).EnsureSuccessStatusCode();
        await WaitForAsync(() => api.CallsTo("/reply").Count == 3);
        await before.App.DisposeAsync();   // the process ends: the event was answered, its done mark never written
        await new SqliteDatabase(databasePath).ExecuteAsync("DROP TRIGGER store_failing", default);

        var after = await LineTestHost.StartAsync(allowPush: true, databasePath: databasePath, api: api);
        _ = after.Http;   // the host starts, and with it the inbox worker
        await after.WaitUntilProcessedAsync();
        await after.SendAsync(LineEvents.Text("U5", "いいえ"));

        var token = yes["replyToken"]!.GetValue<string>();
        api.CallsTo("/reply").Count(c => c.Body["replyToken"]!.GetValue<string>() == token).Should().Be(2, "it was tried again, and LINE refused the used token");
        api.CallsTo("/push").Should().BeEmpty();
        Texts(api.CallsTo("/reply")[^1]).Should().Contain("質問 3/7", "「はい」 answered question 1 once, not question 2 too");
        await after.App.DisposeAsync();
    }

    [Fact]
    public async Task An_event_whose_turn_was_saved_but_whose_answer_never_went_out_gets_the_current_question_by_its_reply_token()
    {
        await using var line = await LineTestHost.StartAsync(allowPush: true);
        await line.SendAsync(LineEvents.Text("U6", "協働に向いているか診断"));
        await line.SendAsync(LineEvents.Text("U6", "地域でこども食堂を開きたい"));
        var yes = LineEvents.Text("U6", "はい");
        var mapped = LineActivityMapper.ToActivity(new LineEvent(System.Text.Json.JsonDocument.Parse(yes.ToJsonString()).RootElement.Clone()))!;
        await line.App.Services.GetRequiredService<ITurnProcessor>().ProcessAsync(mapped, default);   // saved; then the process died

        await line.SendAsync(yes);   // processed again, as after the restart
        await line.SendAsync(LineEvents.Text("U6", "いいえ"));

        var replies = line.Api.CallsTo("/reply");
        replies.Should().HaveCount(4);
        replies[2].Body["replyToken"]!.GetValue<string>().Should().Be(yes["replyToken"]!.GetValue<string>());
        Texts(replies[2]).Should().Contain("質問 2/7", "the question 「はい」 led to");
        Texts(replies[3]).Should().Contain("質問 3/7", "「はい」 was applied once");
        line.Api.CallsTo("/push").Should().BeEmpty();
    }

    /// <summary>The first turn ends as an HTTP client's own timeout does: cancelled, though nobody is stopping.</summary>
    private sealed class CancelledOnce(ITurnProcessor inner) : ITurnProcessor
    {
        private int _calls;

        public Task<TurnReplies> ProcessAsync(Activity incoming, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _calls) == 1 ? throw new TaskCanceledException("timed out") : inner.ProcessAsync(incoming, cancellationToken);
    }

    private static string Body(JsonObject lineEvent) =>
        new JsonObject { ["destination"] = LineTestHost.Destination, ["events"] = new JsonArray(lineEvent) }.ToJsonString();

    private static Task WaitForAsync(Func<bool> condition) => WaitForAsync(() => Task.FromResult(condition()));

    private static async Task WaitForAsync(Func<Task<bool>> condition, int seconds = 5)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"What the test waits for did not happen within {seconds} s.");
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task Events_stored_before_a_crash_are_processed_at_the_next_start()
    {
        var databasePath = _line.App.DatabasePath + ".crash.db";
        var stored = LineEvents.Text("U9", "ヘルプ");
        await new LineInbox(new SqliteDatabase(databasePath)).AddAsync([new LineEvent(System.Text.Json.JsonDocument.Parse(stored.ToJsonString()).RootElement.Clone())], default);

        await using var restarted = await LineTestHost.StartAsync(databasePath: databasePath);
        _ = restarted.Http;   // the host starts, and with it the inbox worker
        await restarted.WaitUntilProcessedAsync();

        restarted.Api.CallsTo("/reply").Should().ContainSingle().Which.Body["replyToken"]!.GetValue<string>()
            .Should().Be(stored["replyToken"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_request_to_delete_data_removes_the_persons_state_and_what_they_wrote()
    {
        var written = LineEvents.Text("U7", "090-1111-2222に電話してください");
        await _line.SendAsync(written);
        await _line.SendAsync(LineEvents.Text("U7", "データを削除"));
        await _line.SendAsync(LineEvents.Postback("U7", "yes"));

        var store = _line.App.Services.GetRequiredService<IStateStore>();
        (await store.ReadAsync(StateKeys.User("line", "U7"), default)).Should().BeNull();
        (await _line.Inbox.FindAsync(written["webhookEventId"]!.GetValue<string>(), default)).Should().BeNull();
    }

    private static JsonArray Messages(FakeLineApi.Call call) => call.Body["messages"]!.AsArray();

    private static string Texts(FakeLineApi.Call call) => string.Join("\n", Messages(call).Select(m => m!["text"]?.GetValue<string>()));

    public async Task DisposeAsync() => await _line.DisposeAsync();
}
