using Kyodo.Bot.Activities;

namespace Kyodo.Bot.Tests.Conversations;

/// <summary>Plays a <see cref="ConversationScript"/> against a driver and fails with the script line and the replies seen.</summary>
public static class ScriptRunner
{
    public static async Task RunAsync(ConversationScript script, IConversationDriver driver, string userId)
    {
        IReadOnlyList<Activity> last = [];
        foreach (var turn in script.Turns)
        {
            Activity activity;
            if (turn.Says is null && turn.Presses is null)
            {
                activity = new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount { Id = userId }] };
            }
            else if (turn.Presses is { } label)
            {
                activity = ReplyText.Press(last, label)
                    ?? throw new Xunit.Sdk.XunitException($"{script.Name}:{turn.Line}: no button [{label}] in the last replies:\n{ReplyText.Of(last)}");
            }
            else
            {
                activity = new Activity { Text = turn.Says };
            }
            activity.From ??= new ChannelAccount { Id = userId, Name = "tester" };
            last = await driver.SendAsync(activity);
            var seen = ReplyText.Of(last);
            foreach (var expected in turn.Expected)
            {
                if (!seen.Contains(expected, StringComparison.Ordinal))
                    throw new Xunit.Sdk.XunitException($"{script.Name}:{turn.Line}: expected a reply containing «{expected}», the bot replied:\n{seen}");
            }
            foreach (var absent in turn.Absent)
            {
                if (seen.Contains(absent, StringComparison.Ordinal))
                    throw new Xunit.Sdk.XunitException($"{script.Name}:{turn.Line}: expected no reply containing «{absent}», the bot replied:\n{seen}");
            }
        }
    }

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Conversations", "Scripts");

    /// <summary>Script file names, as theory data (strings, so each script is its own test case).</summary>
    public static IEnumerable<object[]> AllScriptNames() =>
        Directory.GetFiles(Folder, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).Select(name => new object[] { name! });

    public static ConversationScript Load(string name) => ConversationScript.Parse(name, File.ReadAllText(Path.Combine(Folder, name)));
}
