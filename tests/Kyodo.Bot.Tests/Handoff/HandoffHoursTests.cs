using Kyodo.Bot.Activities;
using Kyodo.Bot.Handoff;
using Kyodo.Bot.Tests.Conversations;
using Kyodo.Bot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Kyodo.Bot.Tests.Handoff;

/// <summary>What the person is told about when a reply can come, by the desk's chat hours in Japan time.</summary>
public sealed class HandoffHoursTests
{
    [Theory]
    [InlineData("2026-11-30T10:00:00+09:00", "いまは受付時間中です")]                       // Monday morning
    [InlineData("2026-11-30T12:30:00+09:00", "11月30日(月) 13:00以降")]                    // the lunch break of a split shift
    [InlineData("2026-11-28T10:00:00+09:00", "11月30日(月) 9:00以降")]                     // Saturday
    [InlineData("2026-05-06T10:00:00+09:00", "5月7日(木) 9:00以降")]                       // 振替休日 for 憲法記念日 on a Sunday
    [InlineData("2026-12-31T10:00:00+09:00", "1月4日(月) 9:00以降")]                       // 年末年始, then 元日
    [InlineData("2026-09-22T10:00:00+09:00", "9月24日(木) 9:00以降")]                      // 国民の休日 between 敬老の日 and 秋分の日, then 秋分の日
    public async Task The_person_is_told_whether_the_desk_is_open_and_when_a_reply_can_come(string now, string expected)
    {
        using var bot = new TestBot(clock: new FakeTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));
        var driver = new EngineDriver(bot, "hours-" + now);

        await SayAsync(driver, "人と話したい");
        await SayAsync(driver, "山口県");
        var confirm = ReplyText.Of(await SayAsync(driver, "山口市"));

        confirm.Should().Contain("さぽらんて").And.Contain(expected).And.Contain("つないでもよろしいですか");
    }

    [Fact]
    public async Task Outside_hours_the_ticket_is_queued_and_the_bot_keeps_helping()
    {
        using var bot = new TestBot(clock: new FakeTimeProvider(DateTimeOffset.Parse("2026-12-31T20:00:00+09:00", System.Globalization.CultureInfo.InvariantCulture)));
        var driver = new EngineDriver(bot, "queued");
        foreach (var said in new[] { "人と話したい", "山口県", "山口市", "はい" }) await SayAsync(driver, said);
        ReplyText.Of(await SayAsync(driver, "協定書の書き方を相談したい")).Should().Contain("相談を受け付けました")
            .And.Contain("083-901-1166", "outside hours the desk's phone number is given too");

        var ticket = (await bot.Get<TicketStore>().FindOpenAsync("test", "queued", default))!;
        ticket.State.Should().Be(TicketState.Waiting);
        ReplyText.Of(await SayAsync(driver, "ヘルプ")).Should().Contain("使い方です", "the bot keeps helping while the request waits");
        (await bot.Get<TicketStore>().MessagesAsync(ticket.Id, 0, default)).Select(m => m.Text).Should().Contain("ヘルプ", "staff will see what the person said meanwhile");
    }

    private static Task<IReadOnlyList<Activity>> SayAsync(EngineDriver driver, string text) =>
        driver.SendAsync(new Activity { Type = ActivityTypes.Message, Text = text, From = new ChannelAccount { Id = "person", Name = "p" } });
}
