using System.Collections.Concurrent;
using Process = System.Diagnostics.Process;
using ProcessStartInfo = System.Diagnostics.ProcessStartInfo;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Hosting;
using Kyodo.Bot.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Kyodo.Bot.Tests.Hosting;

/// <summary>Requests run on the sockets' I/O thread with one core (or when set), and the host works the same.</summary>
public sealed class SocketSchedulingTests
{
    [Theory]
    [InlineData(1, null, true)]
    [InlineData(2, null, false)]
    [InlineData(16, null, false)]
    [InlineData(1, "false", false)]
    [InlineData(2, "true", true)]
    public void Requests_run_inline_by_default_only_with_one_core(int cores, string? setting, bool inline)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [SocketScheduling.Setting] = setting })
            .Build();

        SocketScheduling.RunsInline(configuration, cores).Should().Be(inline);
    }

    [Fact]
    public void The_setting_is_documented_in_the_sample()
    {
        var path = Path.Combine(RepositoryPaths.FindRoot(AppContext.BaseDirectory), "appsettings.sample.json");
        using var sample = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });

        sample.RootElement.GetProperty("Hosting").TryGetProperty("InlineSockets", out _).Should().BeTrue();
    }

    /// <summary>
    /// The built host as a process on real sockets, requests run inline: concurrent conversations each get their own
    /// next question, on SQLite (whose commits block the thread they run on) and on PostgreSQL (whose driver's reads
    /// complete on the sockets' thread too).
    /// </summary>
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Concurrent_conversations_are_answered_when_requests_run_inline(string provider)
    {
        var root = RepositoryPaths.FindRoot(AppContext.BaseDirectory);
        var port = FreePort();
        var settings = TestDatabases.Settings(provider);
        settings["Storage:SqlitePath"] = TempFiles.NewDatabasePath();
        settings[SocketScheduling.Setting] = "true";
        settings["Content:DialogsPath"] = Path.Combine(root, "dialogs");
        var arguments = new List<string> { Path.Combine(AppContext.BaseDirectory, "Kyodo.Bot.dll"), $"--urls=http://127.0.0.1:{port}" };
        arguments.AddRange(settings.Select(s => $"--{s.Key}={s.Value}"));
        var output = new ConcurrentQueue<string>();
        using var process = Process.Start(new ProcessStartInfo("dotnet", arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) output.Enqueue(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) output.Enqueue(line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
            await WaitUntilReadyAsync(http, process, output);

            var questions = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => WalkAsync(http, $"inline-{i}")));

            questions.Should().AllSatisfy(asked => asked.Should().Equal("質問 1/7", "質問 2/7"));
            output.Should().Contain(line => line.Contains("Requests run on the socket I/O thread"));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Starts a diagnosis and answers the first question; returns the question counter each reply showed.</summary>
    private static async Task<string[]> WalkAsync(HttpClient http, string name)
    {
        string[] said = ["協働に向いているか診断", "公園の清掃を住民と市で一緒にしたい", "はい"];
        var asked = new List<string>();
        foreach (var text in said)
        {
            var response = await http.PostAsJsonAsync("/api/messages", Message(name, text), BotJson.Options);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            var body = await response.Content.ReadAsStringAsync();
            if (System.Text.RegularExpressions.Regex.Match(body, @"質問 \d/7") is { Success: true } counter) asked.Add(counter.Value);
        }
        return [.. asked];
    }

    private static Activity Message(string name, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        Text = text,
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/jp/",
        From = new ChannelAccount { Id = "29:" + name, Name = "職員" },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "Kyodo.Bot" },
        Conversation = new ConversationAccount { Id = "a:" + name, ConversationType = "personal", TenantId = "tenant-1" },
        DeliveryMode = "expectReplies",
    };

    private static async Task WaitUntilReadyAsync(HttpClient http, Process process, ConcurrentQueue<string> output)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException("The host stopped: " + string.Join('\n', output));
            try
            {
                if ((await http.GetAsync("/readyz")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("The host was not ready in 60 s: " + string.Join('\n', output));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
