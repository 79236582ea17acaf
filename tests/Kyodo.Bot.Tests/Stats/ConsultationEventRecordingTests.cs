using Kyodo.Bot.Activities;
using Kyodo.Bot.Stats;
using Kyodo.Bot.Storage;
using Kyodo.Bot.Tests.Conversations;
using Kyodo.Bot.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Kyodo.Bot.Tests.Stats;

/// <summary>Conversations played through the engine leave the dashboard's events, and nothing that identifies the person.</summary>
public sealed class ConsultationEventRecordingTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task A_diagnosis_and_recommendation_record_one_consultation_the_verdict_and_the_top_method()
    {
        await using var driver = new EngineDriver(_bot, "conv-stats-1");
        await ScriptRunner.RunAsync(ScriptRunner.Load("02_diagnose_recommend_checklist_by_buttons.txt"), driver, "user-stats-1");

        var events = await EventsAsync();

        events.Select(e => (e.Kind, e.Detail)).Should().Equal(
            (ConsultationEventKinds.Consultation, null),
            (ConsultationEventKinds.Verdict, "Suitable"),
            (ConsultationEventKinds.Method, "cooperation_agreement"));
        events.Should().OnlyContain(e => e.ChannelId == "test");
    }

    [Fact]
    public async Task A_question_the_bot_cannot_answer_is_recorded_with_phone_and_email_masked()
    {
        await using var driver = new EngineDriver(_bot, "conv-stats-2");
        var replies = await SayAsync(driver, "NPO法人の設立登記に必要な書類は何ですか？ 連絡は 090-1234-5678 か taro@example.jp へ");
        ReplyText.Of(replies).Should().Contain("その質問にはお答えできません");

        var unanswered = (await EventsAsync()).Where(e => e.Kind == ConsultationEventKinds.Unanswered).ToArray();

        unanswered.Should().ContainSingle().Which.Detail.Should().Be("NPO法人の設立登記に必要な書類は何ですか？ 連絡は [phone] か [email] へ");
        var stored = await File.ReadAllBytesAsync(_bot.DatabasePath);
        System.Text.Encoding.UTF8.GetString(stored).Should().NotContain("090-1234-5678").And.NotContain("taro@example.jp").And.NotContain("user-stats");
    }

    [Fact]
    public async Task Only_the_question_the_faq_cannot_answer_is_recorded_not_the_answered_ones_nor_small_talk()
    {
        await using var driver = new EngineDriver(_bot, "conv-stats-3");
        await ScriptRunner.RunAsync(ScriptRunner.Load("06_questions.txt"), driver, "user-stats-3");

        (await EventsAsync()).Where(e => e.Kind == ConsultationEventKinds.Unanswered).Select(e => e.Detail).Should().Equal("明日の天気はどうですか");
    }

    [Fact]
    public async Task Events_carry_the_servers_time_not_the_timestamp_the_channel_sent()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 4, 1, 1, 0, 0, TimeSpan.Zero));
        using var bot = new TestBot(clock: clock);
        await using var driver = new EngineDriver(bot, "conv-stats-clock");

        await driver.SendAsync(new Activity { Type = ActivityTypes.Message, Text = "こんにちは", Timestamp = new DateTimeOffset(1999, 1, 1, 0, 0, 0, TimeSpan.Zero),
            From = new ChannelAccount { Id = "user-clock" } });

        (await bot.Get<ConsultationEvents>().ListAsync(null, null, default)).Should().ContainSingle()
            .Which.Should().Match<ConsultationEvent>(e => e.Kind == ConsultationEventKinds.Consultation && e.At == clock.GetUtcNow());
    }

    [Fact]
    public async Task A_failed_insert_is_logged_and_the_turn_still_answers()
    {
        await (await _bot.Get<Database>().OpenAsync(default)).DisposeAsync();   // the schema exists before the table is dropped
        await using (var connection = new SqliteConnection($"Data Source={_bot.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE consultation_events";
            await drop.ExecuteNonQueryAsync();
        }
        await using var driver = new EngineDriver(_bot, "conv-stats-4");

        var replies = await SayAsync(driver, "こんにちは");

        ReplyText.Of(replies).Should().Contain("何をしますか？");
        (await _bot.Get<IStateStore>().ReadAsync(StateKeys.User("test", "user-stats"), default)).Should().NotBeNull("the turn was saved");
    }

    [Fact]
    public async Task The_store_masks_and_shortens_whatever_detail_it_is_given()
    {
        var store = new ConsultationEvents(_bot.Get<Database>(), TimeProvider.System, _bot.Get<ILogger<ConsultationEvents>>());
        var at = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.FromHours(9));

        await store.RecordAsync("line", [new ConsultationEventNote(ConsultationEventKinds.Unanswered, "電話 03-1234-5678 " + new string('あ', 300))], at, default);

        var stored = (await store.ListAsync(at, at.AddSeconds(1), default)).Should().ContainSingle().Subject;
        stored.Detail.Should().StartWith("電話 [phone] ").And.HaveLength(ConsultationEvents.MaxDetailLength);
        stored.At.Should().Be(at);
        (await store.ListAsync(at.AddSeconds(1), null, default)).Should().BeEmpty();
    }

    [Fact]
    public void Event_ids_are_unique_and_sort_in_time_order()
    {
        var start = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);
        var ids = Enumerable.Range(0, 1000).Select(i => ConsultationEvents.NewId(start.AddMilliseconds(i / 10))).ToArray();

        ids.Should().OnlyHaveUniqueItems().And.AllSatisfy(id => id.Should().HaveLength(28).And.MatchRegex("^[0-9a-f]+$"));
        for (var i = 10; i < ids.Length; i += 10)
            string.CompareOrdinal(ids[i - 1], ids[i]).Should().BeNegative("a later millisecond sorts after an earlier one");
    }

    private Task<IReadOnlyList<ConsultationEvent>> EventsAsync() => _bot.Get<ConsultationEvents>().ListAsync(null, null, default);

    private static Task<IReadOnlyList<Activity>> SayAsync(EngineDriver driver, string text) =>
        driver.SendAsync(new Activity { Type = ActivityTypes.Message, Text = text, From = new ChannelAccount { Id = "user-stats", Name = "tester" } });
}
