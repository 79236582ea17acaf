using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Polly;

namespace Kyodo.Bot.Channels.Line;

/// <summary>
/// The three LINE calls that register a rich menu: create it (Messaging API), upload its image (data API host),
/// make it the default for every user. Each call goes through <see cref="HttpResilience"/> like the other LINE calls;
/// a refusal throws <see cref="LineApiException"/> with LINE's own error body.
/// </summary>
public sealed class LineRichMenuClient(HttpClient http, LineOptions options)
{
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline =
        HttpResilience.Build(TimeSpan.FromSeconds(options.RequestTimeoutSeconds), TimeSpan.FromMilliseconds(200));

    /// <summary>POST /v2/bot/richmenu with the rich menu object; returns the new rich menu's id.</summary>
    public async Task<string> CreateAsync(string definitionJson, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(options.ApiBaseUrl, "/v2/bot/richmenu",
            () => new StringContent(definitionJson, Encoding.UTF8, "application/json"), cancellationToken).ConfigureAwait(false);
        return JsonNode.Parse(answer)?["richMenuId"]?.GetValue<string>()
            ?? throw new LineApiException(HttpStatusCode.OK, $"no richMenuId in LINE's answer: {answer}");
    }

    /// <summary>POST /v2/bot/richmenu/{richMenuId}/content on the data API host, with the image bytes.</summary>
    public Task UploadImageAsync(string richMenuId, RichMenuImage image, CancellationToken cancellationToken) =>
        SendAsync(options.DataApiBaseUrl, $"/v2/bot/richmenu/{Uri.EscapeDataString(richMenuId)}/content", () =>
        {
            var content = new ByteArrayContent(image.Bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue(image.ContentType);
            return content;
        }, cancellationToken);

    /// <summary>POST /v2/bot/user/all/richmenu/{richMenuId}: every user without a menu of their own sees this one.</summary>
    public Task SetDefaultAsync(string richMenuId, CancellationToken cancellationToken) =>
        SendAsync(options.ApiBaseUrl, $"/v2/bot/user/all/richmenu/{Uri.EscapeDataString(richMenuId)}", () => null, cancellationToken);

    private async Task<string> SendAsync(string baseUrl, string path, Func<HttpContent?> content, CancellationToken cancellationToken)
    {
        using var response = await _pipeline.ExecuteAsync(async token =>
        {
            // A request message is sent once, so every attempt builds its own.
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(baseUrl), path)) { Content = content() };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ChannelAccessToken);
            return await http.SendAsync(request, token).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode) throw new LineApiException(response.StatusCode, body);
        return body;
    }
}
