using Kyodo.Bot.Activities;
using System.Text.Json;

namespace Kyodo.Bot.Channels.Line;

/// <summary>
/// One webhook event, read loosely from its JSON so that unknown event types and new fields never break parsing.
/// Field names follow LINE's webhook schema.
/// </summary>
public sealed class LineEvent(JsonElement json)
{
    public JsonElement Json { get; } = json;

    public string Type => String(Json, "type") ?? "";
    public string? WebhookEventId => String(Json, "webhookEventId");
    public string? ReplyToken => String(Json, "replyToken");
    public string Mode => String(Json, "mode") ?? "active";
    public bool IsRedelivery => Json.TryGetMember("deliveryContext", out var context) && context.TryGetMember("isRedelivery", out var flag) && flag.ValueKind == JsonValueKind.True;
    public DateTimeOffset Timestamp => Json.TryGetMember("timestamp", out var ms) && ms.ValueKind == JsonValueKind.Number && ms.TryGetInt64(out var value)
        ? DateTimeOffset.FromUnixTimeMilliseconds(value)
        : DateTimeOffset.UtcNow;

    public string SourceType => Json.TryGetMember("source", out var source) ? String(source, "type") ?? "" : "";
    public string? UserId => Json.TryGetMember("source", out var source) ? String(source, "userId") : null;

    /// <summary>Who the event's conversation is with: the user in a 1:1 chat, else the group or room.</summary>
    public string ConversationKey => Json.TryGetMember("source", out var source)
        ? String(source, "groupId") ?? String(source, "roomId") ?? String(source, "userId") ?? "unknown"
        : "unknown";

    public string? MessageType => Json.TryGetMember("message", out var message) ? String(message, "type") : null;
    public string? MessageId => Json.TryGetMember("message", out var message) ? String(message, "id") : null;
    public string? Text => Json.TryGetMember("message", out var message) ? String(message, "text") : null;
    public string? PostbackData => Json.TryGetMember("postback", out var postback) ? String(postback, "data") : null;
    public string? UnsentMessageId => Json.TryGetMember("unsend", out var unsend) ? String(unsend, "messageId") : null;

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
