using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Kyodo.Bot.Channels.Line;
using Kyodo.Bot.Tests.Channels.Line;

namespace Kyodo.Bot.Tests.Fuzz;

/// <summary>
/// Thousands of random and malformed bodies at the LINE webhook (signed, so parsing is reached) and at the Bot Framework
/// endpoint: never a 500, never a hang, and the bot still answers afterwards. The seed is fixed, so a failure repeats.
/// </summary>
public sealed class WebhookFuzzTests
{
    private const int Cases = 1500;
    private static readonly TimeSpan PerRequest = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Random_and_malformed_bodies_never_get_a_500_or_hang()
    {
        await using var line = await LineTestHost.StartAsync();
        var random = new Random(20261129);
        var failures = new List<string>();

        for (var i = 0; i < Cases; i++)
        {
            var lineBody = FuzzBodies.Line(random);
            var signed = random.Next(4) != 0;
            await CheckAsync(failures, "line", lineBody, () => line.PostRawAsync(lineBody, signed ? LineSignature.Compute(Encoding.UTF8.GetBytes(lineBody), LineTestHost.Secret) : "bad"));
            var activity = FuzzBodies.Activity(random);
            await CheckAsync(failures, "messages", activity, () => line.Http.PostAsync("/api/messages", new StringContent(activity, Encoding.UTF8, "application/json")));
        }

        failures.Should().BeEmpty();
        await line.WaitUntilProcessedAsync();
        (await line.Http.GetAsync("/healthz")).StatusCode.Should().Be(HttpStatusCode.OK);
        var before = line.Api.CallsTo("/reply").Count;
        await line.SendAsync(LineEvents.Text("Uafter-fuzz", "ヘルプ"));
        line.Api.CallsTo("/reply").Count.Should().Be(before + 1, "the bot still answers after the storm");
    }

    private static async Task CheckAsync(List<string> failures, string endpoint, string body, Func<Task<HttpResponseMessage>> send)
    {
        var call = send();
        if (await Task.WhenAny(call, Task.Delay(PerRequest)) != call)
        {
            failures.Add($"{endpoint} hung on: {Shorten(body)}");
            return;
        }
        var response = await call;
        if ((int)response.StatusCode >= 500)
            failures.Add($"{endpoint} answered {(int)response.StatusCode} to: {Shorten(body)}\n  {FirstLine(await response.Content.ReadAsStringAsync())}");
    }

    private static string FirstLine(string text) => text.Split('\n').FirstOrDefault(l => l.Contains("Exception", StringComparison.Ordinal)) ?? Shorten(text);

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
