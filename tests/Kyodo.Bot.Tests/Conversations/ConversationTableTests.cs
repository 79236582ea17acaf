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

    /// <summary>The engine keeps the state objects of active conversations in memory; every one it lends must match its stored bytes.</summary>
    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Engine_plays_the_conversation_with_each_lent_state_checked_against_its_stored_bytes(string scriptName)
    {
        var script = ScriptRunner.Load(scriptName);
        LentStateCheckingStore? store = null;
        using var bot = new TestBot(wrapStore: real => store = new LentStateCheckingStore(real));
        await using var driver = new EngineDriver(bot, "conv-" + Guid.NewGuid().ToString("N"));
        await ScriptRunner.RunAsync(script, driver, "user-" + Guid.NewGuid().ToString("N"));
        store!.Lent.Should().BePositive();
    }

    /// <summary>As over PostgreSQL (several instances): every turn reads its state from the stored bytes alone.</summary>
    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Engine_plays_the_conversation_from_the_stored_bytes_alone(string scriptName)
    {
        var script = ScriptRunner.Load(scriptName);
        using var bot = new TestBot(wrapStore: real => new LentStateCheckingStore(real, lend: false));
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
