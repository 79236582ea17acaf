using System.Text.Json.Nodes;

namespace Kyodo.Bot.Tests.Fuzz;

/// <summary>Random bodies: noise, broken JSON, and well-formed JSON with the right names holding the wrong things.</summary>
public static class FuzzBodies
{
    private static readonly string[] LineEventTypes = ["message", "postback", "follow", "unfollow", "unsend", "join", "leave", "memberJoined", "beacon", "x"];
    private static readonly string[] LineMessageTypes = ["text", "sticker", "image", "video", "audio", "file", "location", "", "?"];
    private static readonly string[] ActivityTypes = ["message", "conversationUpdate", "invoke", "typing", "event", "", "messageReaction"];
    private static readonly string[] InvokeNames = ["adaptiveCard/action", "fileConsent/invoke", "signin/verifyState", "x"];

    public static string Line(Random random) => random.Next(10) switch
    {
        0 => Noise(random),
        1 => Truncate(random, LineBody(random)),
        _ => LineBody(random),
    };

    public static string Activity(Random random) => random.Next(10) switch
    {
        0 => Noise(random),
        1 => Truncate(random, ActivityBody(random)),
        _ => ActivityBody(random),
    };

    private static string LineBody(Random random)
    {
        var events = new JsonArray();
        for (var i = random.Next(0, 4); i > 0; i--) events.Add(LineEvent(random));
        var body = new JsonObject { ["destination"] = Maybe(random, "Ubot"), ["events"] = random.Next(8) == 0 ? Value(random) : events };
        return body.ToJsonString();
    }

    private static JsonNode LineEvent(Random random)
    {
        if (random.Next(10) == 0) return Value(random)!;
        var user = random.Next(4) == 0 ? Value(random) : JsonValue.Create("Ufuzz" + random.Next(20));
        return new JsonObject
        {
            ["type"] = Pick(random, LineEventTypes),
            ["mode"] = Maybe(random, random.Next(2) == 0 ? "active" : "standby"),
            ["timestamp"] = random.Next(5) == 0 ? Value(random) : JsonValue.Create(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()),
            ["webhookEventId"] = random.Next(6) == 0 ? Value(random) : JsonValue.Create(Guid.NewGuid().ToString("N")),
            ["replyToken"] = Maybe(random, "token"),
            ["source"] = random.Next(6) == 0 ? Value(random) : new JsonObject { ["type"] = Pick(random, ["user", "group", "room", "?"]), ["userId"] = user },
            ["deliveryContext"] = random.Next(5) == 0 ? Value(random) : new JsonObject { ["isRedelivery"] = random.Next(2) == 0 },
            ["message"] = random.Next(6) == 0 ? Value(random) : new JsonObject
            {
                ["id"] = Maybe(random, random.Next().ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ["type"] = Pick(random, LineMessageTypes),
                ["text"] = random.Next(4) == 0 ? Value(random) : JsonValue.Create(Text(random)),
            },
            ["postback"] = random.Next(3) == 0 ? Value(random) : new JsonObject { ["data"] = Text(random) },
            ["unsend"] = random.Next(3) == 0 ? Value(random) : new JsonObject { ["messageId"] = random.Next().ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
    }

    private static string ActivityBody(Random random)
    {
        var activity = new JsonObject
        {
            ["type"] = random.Next(8) == 0 ? Value(random) : JsonValue.Create(Pick(random, ActivityTypes)),
            ["id"] = Maybe(random, Guid.NewGuid().ToString("N")),
            ["channelId"] = Maybe(random, Pick(random, ["msteams", "emulator", "webchat", "x"])),
            ["serviceUrl"] = Maybe(random, Pick(random, ["http://127.0.0.1:9/", "not a url", "https://smba.example/"])),
            ["text"] = random.Next(4) == 0 ? Value(random) : JsonValue.Create(Text(random)),
            ["name"] = Maybe(random, Pick(random, InvokeNames)),
            ["from"] = random.Next(5) == 0 ? Value(random) : new JsonObject { ["id"] = "29:fuzz" + random.Next(20), ["name"] = Text(random) },
            ["recipient"] = random.Next(6) == 0 ? Value(random) : new JsonObject { ["id"] = "28:bot" },
            ["conversation"] = random.Next(5) == 0 ? Value(random) : new JsonObject
            {
                ["id"] = "a:fuzz" + random.Next(20),
                ["conversationType"] = Pick(random, ["personal", "channel", "groupChat"]),
                ["isGroup"] = random.Next(2) == 0,
            },
            ["value"] = Value(random),
            ["attachments"] = random.Next(3) == 0 ? Value(random) : new JsonArray(new JsonObject { ["contentType"] = Text(random), ["content"] = Value(random) }),
            ["entities"] = random.Next(3) == 0 ? Value(random) : new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = Value(random) }),
            ["membersAdded"] = random.Next(3) == 0 ? Value(random) : new JsonArray(new JsonObject { ["id"] = "28:bot" }),
            ["deliveryMode"] = Maybe(random, random.Next(2) == 0 ? "expectReplies" : "normal"),
        };
        return activity.ToJsonString();
    }

    /// <summary>Any JSON value: null, numbers, strings, deep arrays and objects (sometimes with the keys the bot reads).</summary>
    private static JsonNode? Value(Random random, int depth = 0) => random.Next(depth > 3 ? 4 : 8) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(int.MinValue, int.MaxValue)),
        2 => JsonValue.Create(Text(random)),
        3 => JsonValue.Create(random.NextDouble() * 1e300),
        4 => new JsonArray([.. Enumerable.Range(0, random.Next(3)).Select(_ => Value(random, depth + 1))]),
        5 => new JsonObject { ["choice"] = Value(random, depth + 1), ["action"] = Value(random, depth + 1), ["data"] = Value(random, depth + 1) },
        6 => new JsonObject { ["handoff"] = Pick(random, ["take", "close", "x"]), ["ticket"] = Value(random, depth + 1), ["outcome"] = Text(random) },
        _ => JsonValue.Create(random.Next(2) == 0),
    };

    private static string Text(Random random)
    {
        var pieces = new[] { "ヘルプ", "やめる", "人と話したい", "相談窓口", "はい", "1", "\u0000", "\ud800", "<script>", "'; DROP TABLE state; --", "🙂", "ｗｗｗ", "窓口登録 ube", "handoff.rate.x.5", "menu.diagnose" };
        var length = random.Next(0, 6);
        var text = string.Concat(Enumerable.Range(0, length).Select(_ => pieces[random.Next(pieces.Length)]));
        return random.Next(30) == 0 ? new string('あ', random.Next(2000, 6000)) : text;
    }

    private static string Noise(Random random)
    {
        var bytes = new byte[random.Next(0, 400)];
        random.NextBytes(bytes);
        return random.Next(2) == 0 ? Convert.ToBase64String(bytes) : System.Text.Encoding.Latin1.GetString(bytes);
    }

    private static string Truncate(Random random, string json) => json.Length < 2 ? json : json[..random.Next(1, json.Length)];

    private static JsonNode? Maybe(Random random, string value) => random.Next(5) == 0 ? null : JsonValue.Create(value);

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
