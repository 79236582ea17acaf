using System.Text;
using System.Text.Json.Nodes;
using Kyodo.Bot.Channels.Line;
using Kyodo.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kyodo.Bot.Tests.Channels.Line;

/// <summary>The host with LINE configured against a <see cref="FakeLineApi"/>, and helpers to send signed webhooks.</summary>
public sealed class LineTestHost : IAsyncDisposable
{
    public const string Secret = "test-channel-secret";
    public const string Destination = "Ubot0000000000000000000000000000";

    private LineTestHost(FakeLineApi api, BotApplication app)
    {
        Api = api;
        App = app;
        Http = app.CreateClient();
    }

    public FakeLineApi Api { get; }
    public BotApplication App { get; }
    public HttpClient Http { get; }
    public LineInbox Inbox => App.Services.GetRequiredService<LineInbox>();

    public static async Task<LineTestHost> StartAsync(
        bool allowPush = false, int loadingAfterMilliseconds = 60_000, string? databasePath = null, FakeLineApi? api = null,
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        api ??= await FakeLineApi.StartAsync();
        var all = new Dictionary<string, string?>
        {
            ["Line:ChannelSecret"] = Secret,
            ["Line:ChannelAccessToken"] = "test-access-token",
            ["Line:ApiBaseUrl"] = api.BaseUrl,
            ["Line:AllowPush"] = allowPush ? "true" : "false",
            ["Line:LoadingIndicatorAfterMilliseconds"] = loadingAfterMilliseconds.ToString(),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        return new LineTestHost(api, new BotApplication(all, databasePath, services));
    }

    public Task<HttpResponseMessage> PostRawAsync(string body, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/line") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null) request.Headers.Add(LineSignature.Header, signature);
        return Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostSignedAsync(string body) => PostRawAsync(body, LineSignature.Compute(Encoding.UTF8.GetBytes(body), Secret));

    public async Task SendAsync(params JsonObject[] events)
    {
        var body = new JsonObject { ["destination"] = Destination, ["events"] = new JsonArray([.. events]) }.ToJsonString();
        var response = await PostSignedAsync(body);
        response.EnsureSuccessStatusCode();
        await WaitUntilProcessedAsync();
    }

    public async Task WaitUntilProcessedAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await Inbox.PendingCountAsync(default) > 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The LINE inbox was not processed within 30 s.");
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Api.DisposeAsync();
    }
}
