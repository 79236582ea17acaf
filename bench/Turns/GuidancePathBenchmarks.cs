using BenchmarkDotNet.Attributes;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Conversation;
using Kyodo.Bot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kyodo.Bot.Bench.Turns;

/// <summary>
/// The turn processor alone (no HTTP): the 17 turns of bench/Load's guidance path, state in SQLite, one new
/// conversation and person per invocation, the database on a RAM disk when there is one. Time and bytes allocated are
/// per turn; each turn commits alone (no group commit as under load). Unlike the load run, the allocated bytes do not
/// depend on how busy the machine is, so small changes to the cost of a turn can be compared.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 5, iterationCount: 20)]
public class GuidancePathBenchmarks
{
    /// <summary>The same path and checks as bench/Load/guidance-turns.lua.</summary>
    private static readonly (string Says, string Expect)[] Turns =
    [
        ("hi", "何をしますか"),
        ("協働に向いているか診断", "どんな取組ですか"),
        ("地域でこども食堂を開きたい", "質問 1/7"),
        ("はい", "質問 2/7"),
        ("いいえ", "質問 3/7"),
        ("はい", "質問 4/7"),
        ("設備や強みを持ち寄る", "質問 5/7"),
        ("企業", "質問 6/7"),
        ("はい", "質問 7/7"),
        ("はい", "診断結果：向いている"),
        ("はい", "あなた（あなたの団体）はどれにあたりますか"),
        ("NPO・市民活動団体", "お金のやりとり"),
        ("物や人で協力する", "最終的な責任"),
        ("実際に事業を行う側", "企画は"),
        ("一緒に考える", "何団体で取り組みますか"),
        ("2", "1回だけですか"),
        ("一定の期間続ける", "どの手法で進めますか"),
    ];

    private ServiceProvider _services = null!;
    private ITurnProcessor _processor = null!;
    private string _dataDirectory = null!;
    private int _conversation;

    [GlobalSetup]
    public async Task Setup()
    {
        // On a RAM disk where there is one: the commits of single turns would otherwise be most of the time measured.
        _dataDirectory = Directory.Exists("/dev/shm")
            ? Directory.CreateDirectory($"/dev/shm/kyodo-turns-{Environment.ProcessId}").FullName
            : Directory.CreateTempSubdirectory("kyodo-turns-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = System.IO.Path.Combine(_dataDirectory, "kyodo.db"),
            ["Bot:TurnBurstPerPerson"] = "1000000",
        }).Build();
        _services = new ServiceCollection().AddLogging()
            .AddKyodoBot(configuration, RepositoryPaths.FindRoot(AppContext.BaseDirectory))
            .BuildServiceProvider();
        _processor = _services.GetRequiredService<ITurnProcessor>();
        await WalkAsync(check: true);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _services.DisposeAsync();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Benchmark(OperationsPerInvoke = 17)]
    public Task GuidancePathTurn() => WalkAsync(check: false);

    private async Task WalkAsync(bool check)
    {
        var id = Interlocked.Increment(ref _conversation);
        foreach (var (says, expect) in Turns)
        {
            var replies = await _processor.ProcessAsync(Message($"bench-c{id}", $"bench-u{id}", says), CancellationToken.None);
            if (check && !System.Text.Json.JsonSerializer.Serialize(replies, BotJson.Options).Contains(expect))
                throw new InvalidOperationException($"「{says}」 did not get 「{expect}」.");
        }
    }

    private static Activity Message(string conversationId, string userId, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "directline",
        ServiceUrl = "http://127.0.0.1:9/",
        Text = text,
        Locale = "ja-JP",
        Timestamp = DateTimeOffset.UtcNow,
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = userId, Name = "Bench User" },
        Recipient = new ChannelAccount { Id = "kyodo-bot", Name = "Kyodo Bot" },
    };
}
