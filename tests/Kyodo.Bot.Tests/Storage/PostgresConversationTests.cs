using Kyodo.Bot.Tests.Conversations;
using Kyodo.Bot.Tests.Support;

namespace Kyodo.Bot.Tests.Storage;

/// <summary>Whole conversations, handoff included, played on PostgreSQL storage.</summary>
public sealed class PostgresConversationTests
{
    [SkippableTheory]
    [InlineData("02_diagnose_recommend_checklist_by_buttons.txt")]
    [InlineData("05_checklist_resume.txt")]
    [InlineData("11_misunderstood_three_times.txt")]
    [InlineData("19_find_partner.txt")]
    public async Task The_conversation_plays_the_same_on_PostgreSQL(string scriptName)
    {
        using var bot = new TestBot(TestDatabases.Settings("Postgres"));
        var script = ScriptRunner.Load(scriptName);

        await ScriptRunner.RunAsync(script, new EngineDriver(bot, "pg-" + scriptName), "pg-person");
    }
}
