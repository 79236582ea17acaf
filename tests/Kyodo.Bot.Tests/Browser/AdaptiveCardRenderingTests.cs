using System.Diagnostics;
using Activity = Kyodo.Bot.Activities.Activity;
using System.Text.Json.Nodes;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Channels;
using Kyodo.Bot.Tests.Channels.Teams;
using Kyodo.Bot.Tests.Conversations;

namespace Kyodo.Bot.Tests.Browser;

/// <summary>The main cards the bot sends to Teams, rendered by the real adaptivecards renderer in headless Chromium.</summary>
public sealed class AdaptiveCardRenderingTests
{
    [SkippableFact]
    public async Task The_main_cards_render_in_the_real_Adaptive_Cards_renderer()
    {
        BrowserWalk.RequireTools(Directory.Exists(Path.Combine(BrowserWalk.Harness, "node_modules", "adaptivecards")) ? null : "tests/browser has no adaptivecards (npm ci in tests/browser)");

        var cards = new List<JsonObject>();
        await using (var teams = await TeamsTestHost.StartAsync())
        {
            foreach (var script in new[] { "02_diagnose_recommend_checklist_by_buttons.txt", "07_desk.txt", "06_questions.txt" })
            {
                var recorder = new RecordingDriver(new TeamsDriver(teams, "29:" + Guid.NewGuid().ToString("N")));
                await ScriptRunner.RunAsync(ScriptRunner.Load(script), recorder, "user");
                cards.AddRange(recorder.Cards);
            }
        }
        var main = cards.GroupBy(c => c["body"]![0]!["text"]!.GetValue<string>())
            .Select(g => g.First()).Select((card, i) => new JsonObject { ["name"] = $"card-{i:00}", ["card"] = card.DeepClone() }).ToArray();
        var folder = Path.Combine(Path.GetTempPath(), "kyodo-cards-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var cardsFile = Path.Combine(folder, "cards.json");
        File.WriteAllText(cardsFile, new JsonArray(main).ToJsonString());

        var (exitCode, output) = await RunAsync("render-cards.mjs", cardsFile, folder);

        exitCode.Should().Be(0, output);
        main.Length.Should().BeGreaterThanOrEqualTo(5);
        output.Should().Contain("診断結果").And.Contain("1位").And.Contain("ステップ1");
        Directory.GetFiles(folder, "card-*.png").Should().HaveCount(main.Length).And.OnlyContain(f => new FileInfo(f).Length > 2_000);
    }

    private static async Task<(int, string)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("node", args) { WorkingDirectory = BrowserWalk.Harness, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["CHROMIUM_PATH"] = BrowserWalk.ChromiumPath;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return (process.ExitCode, await output + await errors);
    }

    private sealed class RecordingDriver(IConversationDriver inner) : IConversationDriver
    {
        public List<JsonObject> Cards { get; } = [];

        public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
        {
            var replies = await inner.SendAsync(activity);
            Cards.AddRange(replies.SelectMany(r => r.Attachments ?? []).Where(a => a.ContentType == AdaptiveCardBuilder.ContentType).Select(a => a.Content!.AsObject()));
            return replies;
        }

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
