using Kyodo.Bot.Tests.DirectLine;
using Kyodo.Bot.Tests.Support;

namespace Kyodo.Bot.Tests.Conversations;

/// <summary>Every conversation table in Conversations/Scripts, played through the engine and through Direct Line over HTTP.</summary>
public sealed class ConversationTableTests
{
    public static IEnumerable<object[]> Scripts() => ScriptRunner.AllScriptNames();

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Engine_plays_the_conversation(string scriptName)
    {
        var script = ScriptRunner.Load(scriptName);
        using var bot = new TestBot();
        await using var driver = new EngineDriver(bot, "conv-" + Guid.NewGuid().ToString("N"));
        await ScriptRunner.RunAsync(script, driver, "user-" + Guid.NewGuid().ToString("N"));
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Direct_Line_plays_the_conversation(string scriptName)
    {
        var script = ScriptRunner.Load(scriptName);
        await using var driver = new DirectLineDriver();
        await ScriptRunner.RunAsync(script, driver, "user-" + Guid.NewGuid().ToString("N"));
    }
}
