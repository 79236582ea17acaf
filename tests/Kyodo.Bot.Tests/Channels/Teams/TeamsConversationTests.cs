using Kyodo.Bot.Tests.Conversations;

namespace Kyodo.Bot.Tests.Channels.Teams;

/// <summary>Every conversation table, played by a Teams user through POST /api/messages with expectReplies.</summary>
public sealed class TeamsConversationTests
{
    public static IEnumerable<object[]> Scripts() => ScriptRunner.AllScriptNames();

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Teams_plays_the_conversation(string scriptName)
    {
        await using var teams = await TeamsTestHost.StartAsync();
        var userId = "29:" + Guid.NewGuid().ToString("N");
        await ScriptRunner.RunAsync(ScriptRunner.Load(scriptName), new TeamsDriver(teams, userId), userId);
    }

    [Fact]
    public void The_schema_check_catches_a_broken_card()
    {
        AdaptiveCardSchema.Problems("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock"}]}""").Should().NotBeEmpty();
        AdaptiveCardSchema.Problems("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"ok"}]}""").Should().BeEmpty();
    }
}
