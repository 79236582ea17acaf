using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Tests.Support;

namespace Kyodo.Bot.Tests.Channels.Teams;

/// <summary>The host with Teams configured against <see cref="FakeBotFramework"/>, and helpers to post activities.</summary>
public sealed class TeamsTestHost : IAsyncDisposable
{
    private TeamsTestHost(FakeBotFramework framework, BotApplication app)
    {
        Framework = framework;
        App = app;
        Http = app.CreateClient();
    }

    public FakeBotFramework Framework { get; }
    public BotApplication App { get; }
    public HttpClient Http { get; }

    /// <summary>
    /// A host against <paramref name="framework"/> (a new fake when null), with any <paramref name="settings"/> added, on
    /// the SQLite file <paramref name="databasePath"/> (a new one when null).
    /// </summary>
    public static async Task<TeamsTestHost> StartAsync(IDictionary<string, string?>? settings = null, FakeBotFramework? framework = null, string? databasePath = null)
    {
        framework ??= await FakeBotFramework.StartAsync();
        var all = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = FakeBotFramework.AppId,
            ["MicrosoftAppPassword"] = "test-password",
            ["BotFramework:OpenIdMetadataUrl"] = framework.BaseUrl + "/openid",
            ["BotFramework:TokenEndpoint"] = framework.BaseUrl + "/token",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        return new TeamsTestHost(framework, new BotApplication(all, databasePath));
    }

    public Activity Message(string text, string user = "29:user-1", string conversation = "a:personal-1", bool expectReplies = false) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        Text = text,
        ChannelId = "msteams",
        ServiceUrl = Framework.ServiceUrl,
        From = new ChannelAccount { Id = user, Name = "職員" },
        Recipient = new ChannelAccount { Id = "28:" + FakeBotFramework.AppId, Name = "Kyodo.Bot" },
        Conversation = new ConversationAccount { Id = conversation, ConversationType = "personal", TenantId = "tenant-1" },
        DeliveryMode = expectReplies ? "expectReplies" : null,
    };

    public Task<HttpResponseMessage> PostAsync(Activity activity, string? token = "valid")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity, options: BotJson.Options) };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token == "valid" ? Framework.Token() : token);
        return Http.SendAsync(request);
    }

    public async Task<IReadOnlyList<Activity>> ExpectRepliesAsync(Activity activity)
    {
        activity.DeliveryMode = "expectReplies";
        var response = await PostAsync(activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("activities").Deserialize<List<Activity>>(BotJson.Options)!;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Framework.DisposeAsync();
    }
}
