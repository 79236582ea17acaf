using System.Text.Json.Nodes;

namespace Kyodo.Bot.Tests.Channels.Line;

/// <summary>Webhook events shaped as LINE sends them.</summary>
public static class LineEvents
{
    public static JsonObject Text(string userId, string text, string? eventId = null, DateTimeOffset? at = null, bool redelivery = false) =>
        Event("message", userId, eventId, at, redelivery, new JsonObject { ["message"] = new JsonObject { ["id"] = Id(), ["type"] = "text", ["text"] = text, ["quoteToken"] = "q" } });

    public static JsonObject Postback(string userId, string data) =>
        Event("postback", userId, null, null, false, new JsonObject { ["postback"] = new JsonObject { ["data"] = data } });

    public static JsonObject Follow(string userId) => Event("follow", userId, null, null, false, []);

    public static JsonObject Unfollow(string userId) => Without(Event("unfollow", userId, null, null, false, []), "replyToken");

    public static JsonObject Sticker(string userId) =>
        Event("message", userId, null, null, false, new JsonObject { ["message"] = new JsonObject { ["id"] = Id(), ["type"] = "sticker", ["packageId"] = "446", ["stickerId"] = "1988" } });

    public static JsonObject Unsend(string userId, string messageId) =>
        Without(Event("unsend", userId, null, null, false, new JsonObject { ["unsend"] = new JsonObject { ["messageId"] = messageId } }), "replyToken");

    public static JsonObject InGroup(JsonObject lineEvent, string groupId)
    {
        lineEvent["source"] = new JsonObject { ["type"] = "group", ["groupId"] = groupId, ["userId"] = lineEvent["source"]!["userId"]!.GetValue<string>() };
        return lineEvent;
    }

    public static JsonObject Join(string groupId) => new()
    {
        ["type"] = "join", ["mode"] = "active", ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
        ["source"] = new JsonObject { ["type"] = "group", ["groupId"] = groupId },
        ["webhookEventId"] = Id(), ["deliveryContext"] = new JsonObject { ["isRedelivery"] = false }, ["replyToken"] = "reply-" + Id(),
    };

    public static JsonObject Unknown(string userId) => Event("somethingNew", userId, null, null, false, new JsonObject { ["surprise"] = 1 });

    private static JsonObject Event(string type, string userId, string? eventId, DateTimeOffset? at, bool redelivery, JsonObject extra)
    {
        var lineEvent = new JsonObject
        {
            ["type"] = type,
            ["mode"] = "active",
            ["timestamp"] = (at ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds(),
            ["source"] = new JsonObject { ["type"] = "user", ["userId"] = userId },
            ["webhookEventId"] = eventId ?? Id(),
            ["deliveryContext"] = new JsonObject { ["isRedelivery"] = redelivery },
            ["replyToken"] = "reply-" + Id(),
        };
        foreach (var (key, value) in extra) lineEvent[key] = value?.DeepClone();
        return lineEvent;
    }

    private static JsonObject Without(JsonObject lineEvent, string key)
    {
        lineEvent.Remove(key);
        return lineEvent;
    }

    private static string Id() => Guid.NewGuid().ToString("N")[..26].ToUpperInvariant();
}
