using System.Net.Http.Headers;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Documents;
using Polly;

namespace Kyodo.Bot.Channels.Teams;

/// <summary>
/// Answers Teams' <c>fileConsent/invoke</c>: when the person accepts, the document is uploaded to the slot Teams
/// gave (one PUT with <c>Content-Range</c>) and a file card follows in the chat; when they decline, or the draft has
/// expired meanwhile, the bot says so in plain words.
/// </summary>
public sealed class TeamsFileConsentHandler(
    DocumentStore documents, ConnectorClient connector, IContentProvider content, IHttpClientFactory httpClients, ILogger<TeamsFileConsentHandler> logger)
{
    public const string HttpClientName = "teams-file-upload";
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline = HttpResilience.Build(TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(200));

    public async Task HandleAsync(Activity invoke, CancellationToken cancellationToken)
    {
        var consent = TeamsFiles.ReadConsent(invoke);
        var file = consent?.DocumentId is { } id ? await documents.FindAsync(id, cancellationToken).ConfigureAwait(false) : null;
        Activity answer;
        if (consent is not { Accepted: true })
            answer = Text(MessageKeys.FileDeclined);
        else if (file is null || documents.IsExpired(file) || consent.UploadUrl is null)
            answer = Text(MessageKeys.FileExpired);
        else if (await UploadAsync(consent.UploadUrl, file, cancellationToken).ConfigureAwait(false))
            answer = new Activity { Type = ActivityTypes.Message, Attachments = [TeamsFiles.InfoCard(consent)] };
        else
            answer = Text(MessageKeys.FileUploadFailed);
        if (invoke.ServiceUrl is not { } serviceUrl || invoke.Conversation?.Id is not { } conversationId)
        {
            logger.LogWarning("A file consent invoke came without a service URL or conversation; nothing to answer to.");
            return;
        }
        try
        {
            await connector.ReplyAsync(serviceUrl, conversationId, invoke.ReplyToId ?? invoke.Id ?? "", answer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "The answer to a file consent could not be delivered to the Bot Connector.");
        }
    }

    private async Task<bool> UploadAsync(string uploadUrl, StoredDocumentFile file, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(uploadUrl, UriKind.Absolute, out var target) || target.Scheme is not ("https" or "http"))
        {
            logger.LogWarning("Teams gave an upload URL that is not an HTTP(S) address.");
            return false;
        }
        using var response = await _pipeline.ExecuteAsync(async token =>
        {
            var body = new ByteArrayContent(file.Content);
            body.Headers.ContentRange = new ContentRangeHeaderValue(0, file.Content.Length - 1, file.Content.Length);
            body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            using var request = new HttpRequestMessage(HttpMethod.Put, target) { Content = body };
            return await httpClients.CreateClient(HttpClientName).SendAsync(request, token).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode) return true;
        logger.LogWarning("Uploading a draft to the person's OneDrive failed with {Status}.", (int)response.StatusCode);
        return false;
    }

    private Activity Text(string key) => new() { Type = ActivityTypes.Message, Text = content.Current.Content.Message(key) };
}
