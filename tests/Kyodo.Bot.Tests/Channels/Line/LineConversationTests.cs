using Kyodo.Bot.Tests.Conversations;

namespace Kyodo.Bot.Tests.Channels.Line;

/// <summary>Every conversation table, played by a LINE user through signed webhooks and the fake LINE API.</summary>
public sealed class LineConversationTests
{
    public static IEnumerable<object[]> Scripts() => ScriptRunner.AllScriptNames();

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task LINE_plays_the_conversation(string scriptName)
    {
        await using var line = await LineTestHost.StartAsync();
        var userId = "U" + Guid.NewGuid().ToString("N");
        await ScriptRunner.RunAsync(ScriptRunner.Load(scriptName), new LineDriver(line, userId), userId);
    }
}
