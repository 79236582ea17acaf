using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Channels.Line;
using Kyodo.Bot.Handoff;
using Kyodo.Bot.Tests.Channels.Line;
using Kyodo.Bot.Tests.Channels.Teams;
using Kyodo.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kyodo.Bot.Tests.Handoff;

/// <summary>
/// The host with LINE (residents) and Teams (desk staff) both configured against their fakes, restartable on the same
/// database, with helpers for what residents and staff do.
/// </summary>
public sealed class HandoffTestHost : IAsyncDisposable
{
    public const string Admin = "aad-admin";
    public const string DeskChannel = "19:desk-yamaguchi@thread.tacv2";

    private HandoffTestHost(FakeLineApi line, FakeBotFramework teams, string databasePath)
    {
        Line = line;
        Teams = teams;
        DatabasePath = databasePath;
        App = Start();
        Http = App.CreateClient();
    }

    public FakeLineApi Line { get; }
    public FakeBotFramework Teams { get; }
    public string DatabasePath { get; }
    public BotApplication App { get; private set; }
    public HttpClient Http { get; private set; }
    public TicketStore Tickets => App.Services.GetRequiredService<TicketStore>();

    public static async Task<HandoffTestHost> StartAsync() =>
        new(await FakeLineApi.StartAsync(), await FakeBotFramework.StartAsync(), TempFiles.NewDatabasePath());

    /// <summary>Stops the host and starts a new one on the same database, as a restart would.</summary>
    public async Task RestartAsync()
    {
        await App.DisposeAsync();
        App = Start();
        Http = App.CreateClient();
    }

    private BotApplication Start() => new(new Dictionary<string, string?>
    {
        ["Line:ChannelSecret"] = LineTestHost.Secret,
        ["Line:ChannelAccessToken"] = "test-access-token",
        ["Line:ApiBaseUrl"] = Line.BaseUrl,
        ["Line:AllowPush"] = "true",
        ["MicrosoftAppId"] = FakeBotFramework.AppId,
        ["MicrosoftAppPassword"] = "test-password",
        ["BotFramework:OpenIdMetadataUrl"] = Teams.BaseUrl + "/openid",
        ["BotFramework:TokenEndpoint"] = Teams.BaseUrl + "/token",
        ["Handoff:TeamsAdmins:0"] = Admin,
    }, DatabasePath);

    public async Task ResidentSaysAsync(params JsonObject[] events)
    {
        var body = new JsonObject { ["destination"] = LineTestHost.Destination, ["events"] = new JsonArray([.. events]) }.ToJsonString();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/line") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(LineSignature.Header, LineSignature.Compute(Encoding.UTF8.GetBytes(body), LineTestHost.Secret));
        (await Http.SendAsync(request)).EnsureSuccessStatusCode();
        var inbox = App.Services.GetRequiredService<LineInbox>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await inbox.PendingCountAsync(default) > 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The LINE inbox was not processed within 30 s.");
            await Task.Delay(20);
        }
    }

    /// <summary>Everything the resident was sent (replies and pushes), as text and button labels.</summary>
    public string ResidentSaw() => string.Join("\n", Line.Calls.Where(c => c.Path.EndsWith("/reply") || c.Path.EndsWith("/push"))
        .SelectMany(c => c.Body["messages"]!.AsArray()).Select(m => m!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })));

    /// <summary>A staff member's message in the desk channel (or in a card's thread when <paramref name="threadRoot"/> is given).</summary>
    public Activity Staff(string aadId, string name, string? text, object? value = null, string? threadRoot = null, bool mentionBot = false)
    {
        var botId = "28:" + FakeBotFramework.AppId;
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            Text = mentionBot ? $"<at>Kyodo.Bot</at> {text}" : text,
            ChannelId = "msteams",
            ServiceUrl = Teams.ServiceUrl,
            From = new ChannelAccount { Id = "29:" + aadId, Name = name, AadObjectId = aadId },
            Recipient = new ChannelAccount { Id = botId, Name = "Kyodo.Bot" },
            Conversation = new ConversationAccount { Id = threadRoot is null ? DeskChannel : DeskChannel + ";messageid=" + threadRoot, ConversationType = "channel", IsGroup = true, TenantId = "tenant-1" },
            Value = value is null ? null : JsonSerializer.SerializeToElement(value),
        };
        if (mentionBot) activity.Entities = [JsonSerializer.SerializeToElement(new { type = "mention", mentioned = new { id = botId, name = "Kyodo.Bot" }, text = "<at>Kyodo.Bot</at>" })];
        return activity;
    }

    /// <summary>Posts a staff activity with expectReplies; returns what the bot answered the staff member.</summary>
    public async Task<string> StaffDoesAsync(Activity activity)
    {
        activity.DeliveryMode = "expectReplies";
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity, options: BotJson.Options) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Teams.Token());
        var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return string.Join("\n", body.GetProperty("activities").EnumerateArray().Select(a => a.TryGetProperty("text", out var t) ? t.GetString() : ""));
    }

    /// <summary>What the bot sent to the Teams Connector so far, as JSON text (cards included).</summary>
    public string DeskChannelSaw() => string.Join("\n", Teams.ConnectorCalls.Select(c => $"{c.Method} {c.Path} {c.Body.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })}"));

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Line.DisposeAsync();
        await Teams.DisposeAsync();
    }
}
