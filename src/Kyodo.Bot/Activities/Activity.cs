using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Kyodo.Bot.Activities;

/// <summary>
/// One activity in the Bot Framework Activity schema (field names as the protocol spells them).
/// Every channel adapter translates to and from this shape at its edge.
/// </summary>
public sealed class Activity
{
    [JsonPropertyName("type")] public string Type { get; set; } = ActivityTypes.Message;
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("timestamp")] public DateTimeOffset? Timestamp { get; set; }
    [JsonPropertyName("localTimestamp")] public DateTimeOffset? LocalTimestamp { get; set; }
    [JsonPropertyName("channelId")] public string? ChannelId { get; set; }
    [JsonPropertyName("serviceUrl")] public string? ServiceUrl { get; set; }
    [JsonPropertyName("from")] public ChannelAccount? From { get; set; }
    [JsonPropertyName("recipient")] public ChannelAccount? Recipient { get; set; }
    [JsonPropertyName("conversation")] public ConversationAccount? Conversation { get; set; }
    [JsonPropertyName("replyToId")] public string? ReplyToId { get; set; }
    [JsonPropertyName("text")] public string? Text { get; set; }
    [JsonPropertyName("textFormat")] public string? TextFormat { get; set; }
    [JsonPropertyName("locale")] public string? Locale { get; set; }
    [JsonPropertyName("inputHint")] public string? InputHint { get; set; }
    [JsonPropertyName("attachmentLayout")] public string? AttachmentLayout { get; set; }
    [JsonPropertyName("attachments")] public List<Attachment>? Attachments { get; set; }
    [JsonPropertyName("suggestedActions")] public SuggestedActions? SuggestedActions { get; set; }
    [JsonPropertyName("value")] public JsonElement? Value { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("membersAdded")] public List<ChannelAccount>? MembersAdded { get; set; }
    [JsonPropertyName("membersRemoved")] public List<ChannelAccount>? MembersRemoved { get; set; }
    [JsonPropertyName("entities")] public List<JsonElement>? Entities { get; set; }
    [JsonPropertyName("channelData")] public JsonElement? ChannelData { get; set; }
    [JsonPropertyName("deliveryMode")] public string? DeliveryMode { get; set; }

    /// <summary>Fields the protocol has that we do not model are kept, so nothing a channel sends is lost.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

/// <summary>A record, so an unchanged conversation reference is recognized by value (<c>ConversationReferenceStore</c>).</summary>
public sealed record ChannelAccount
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("role")] public string? Role { get; set; }
    [JsonPropertyName("aadObjectId")] public string? AadObjectId { get; set; }
}

public sealed record ConversationAccount
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("isGroup")] public bool? IsGroup { get; set; }
    [JsonPropertyName("conversationType")] public string? ConversationType { get; set; }
    [JsonPropertyName("tenantId")] public string? TenantId { get; set; }
}

public sealed class Attachment
{
    [JsonPropertyName("contentType")] public string ContentType { get; set; } = "";
    [JsonPropertyName("contentUrl")] public string? ContentUrl { get; set; }
    [JsonPropertyName("content")] public JsonNode? Content { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
}

public sealed class SuggestedActions
{
    [JsonPropertyName("to")] public List<string>? To { get; set; }
    [JsonPropertyName("actions")] public List<CardAction> Actions { get; set; } = [];
}

public sealed class CardAction
{
    [JsonPropertyName("type")] public string Type { get; set; } = "imBack";
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("value")] public JsonElement? Value { get; set; }
    [JsonPropertyName("text")] public string? Text { get; set; }
    [JsonPropertyName("displayText")] public string? DisplayText { get; set; }
}

public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Invoke = "invoke";
    public const string Event = "event";
    public const string Typing = "typing";
}
