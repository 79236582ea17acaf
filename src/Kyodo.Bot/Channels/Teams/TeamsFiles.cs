using System.Text.Json;
using System.Text.Json.Nodes;
using Kyodo.Bot.Activities;

namespace Kyodo.Bot.Channels.Teams;

/// <summary>
/// Teams' way of handing over a file: the bot asks (file consent card), Teams answers with an upload slot in the
/// person's OneDrive, the bot uploads there and posts a file card. The document's id travels in the consent context.
/// </summary>
public static class TeamsFiles
{
    public const string ConsentContentType = "application/vnd.microsoft.teams.card.file.consent";
    public const string InfoContentType = "application/vnd.microsoft.teams.card.file.info";
    public const string ConsentInvoke = "fileConsent/invoke";
    private const string DocumentIdKey = "documentId";

    public static Attachment ConsentCard(FileReply file) => new()
    {
        ContentType = ConsentContentType,
        Name = file.Name,
        Content = new JsonObject
        {
            ["description"] = file.Name,
            ["sizeInBytes"] = file.SizeInBytes,
            ["acceptContext"] = new JsonObject { [DocumentIdKey] = file.DocumentId },
            ["declineContext"] = new JsonObject { [DocumentIdKey] = file.DocumentId },
        },
    };

    /// <summary>What a file consent invoke says: accepted or not, which document, and where to upload it.</summary>
    public sealed record Consent(bool Accepted, string? DocumentId, string? UploadUrl, string? ContentUrl, string? UniqueId, string? FileType, string? Name);

    public static Consent? ReadConsent(Activity invoke)
    {
        if (invoke.Value is not { ValueKind: JsonValueKind.Object } value) return null;
        string? Text(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var context = value.TryGetProperty("context", out var c) ? c : default;
        var upload = value.TryGetProperty("uploadInfo", out var u) ? u : default;
        return new Consent(Text(value, "action") == "accept", Text(context, DocumentIdKey),
            Text(upload, "uploadUrl"), Text(upload, "contentUrl"), Text(upload, "uniqueId"), Text(upload, "fileType"), Text(upload, "name"));
    }

    public static Attachment InfoCard(Consent consent) => new()
    {
        ContentType = InfoContentType,
        ContentUrl = consent.ContentUrl,
        Name = consent.Name,
        Content = new JsonObject { ["uniqueId"] = consent.UniqueId, ["fileType"] = consent.FileType },
    };
}
