using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kyodo.Bot.Activities;

namespace Kyodo.Bot.Tests.DirectLine;

/// <summary>Talks Direct Line 3.0 over HTTP the way Web Chat does (token, start, post, poll with a watermark).</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public string Token { get; private set; } = "";
    public string ConversationId { get; private set; } = "";
    public string Watermark { get; private set; } = "0";

    public async Task<IReadOnlyList<Activity>> StartAsync(string userId)
    {
        var generated = await http.PostAsJsonAsync("/v3/directline/tokens/generate", new { user = new { id = userId } });
        generated.EnsureSuccessStatusCode();
        var token = await generated.Content.ReadFromJsonAsync<JsonElement>();
        Token = token.GetProperty("token").GetString()!;
        var started = await Send(HttpMethod.Post, "/v3/directline/conversations", new { user = new { id = userId } });
        started.StatusCode.Should().Be(System.Net.HttpStatusCode.Created);
        ConversationId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conversationId").GetString()!;
        return await PollAsync();
    }

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        var posted = await Send(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", activity);
        posted.EnsureSuccessStatusCode();
        return await PollAsync();
    }

    /// <summary>New activities from the bot since the last poll.</summary>
    public async Task<IReadOnlyList<Activity>> PollAsync()
    {
        var response = await Send(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={Watermark}", null);
        response.EnsureSuccessStatusCode();
        var set = await response.Content.ReadFromJsonAsync<JsonElement>();
        Watermark = set.GetProperty("watermark").GetString()!;
        return set.GetProperty("activities").Deserialize<List<Activity>>(BotJson.Options)!
            .Where(a => a.From?.Role == "bot")
            .ToArray();
    }

    public Task<HttpResponseMessage> Send(HttpMethod method, string path, object? body, string? token = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        if (body is not null) request.Content = JsonContent.Create(body, options: BotJson.Options);
        return http.SendAsync(request);
    }
}
