using Kyodo.Bot.Activities;
using Kyodo.Bot.Storage;
using Kyodo.Bot.Tests.Conversations;
using Kyodo.Bot.Tests.Support;

namespace Kyodo.Bot.Tests.Conversation;

/// <summary>One person flooding the bot is slowed down without touching anyone else.</summary>
public sealed class FloodTests
{
    [Fact]
    public async Task A_flood_from_one_person_is_cut_off_politely_once_and_others_are_served()
    {
        using var bot = new TestBot(new Dictionary<string, string?> { ["Bot:TurnBurstPerPerson"] = "5", ["Bot:TurnsPerMinutePerPerson"] = "1" });
        var flooder = new EngineDriver(bot, "flood");
        var calm = new EngineDriver(bot, "calm");

        var answers = new List<string>();
        for (var i = 0; i < 50; i++) answers.Add(ReplyText.Of(await flooder.SendAsync(Message("flooder", "ヘルプ"))));
        var other = ReplyText.Of(await calm.SendAsync(Message("calm", "ヘルプ")));

        answers.Count(a => a.Contains("使い方です")).Should().Be(5, "the burst is served");
        answers.Count(a => a.Contains("少し待ってから")).Should().Be(1, "the person is told once");
        answers.Skip(6).Should().OnlyContain(a => a.Length == 0);
        other.Should().Contain("使い方です");
    }

    private static Activity Message(string user, string text) =>
        new() { Type = ActivityTypes.Message, Text = text, From = new ChannelAccount { Id = user } };
}
