using System.Text.Json;
using System.Text.Json.Serialization;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Hosting;

namespace Kyodo.Bot.DirectLine;

/// <summary>The optional body of a token or conversation request: <c>{ "user": { "id": … } }</c>.</summary>
public sealed class StartRequest
{
    [JsonPropertyName("user")] public ChannelAccount? User { get; set; }
}

/// <summary>Reads request bodies with a size limit, never throwing on bad input.</summary>
public static class DirectLineRequests
{
    /// <summary>An activity must be a JSON object with a string <c>type</c>; anything else is a 400.</summary>
    public static async Task<(Activity? Activity, IResult? Error)> ReadActivityAsync(HttpRequest request, int maxBytes)
    {
        var (json, error) = await ReadAsync<JsonElement?>(request, maxBytes, optional: false).ConfigureAwait(false);
        if (error is not null) return (null, error);
        if (json is not { ValueKind: JsonValueKind.Object } body)
            return (null, DirectLineErrors.BadArgument("An activity must be a JSON object."));
        if (!body.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() is not { Length: > 0 })
            return (null, DirectLineErrors.BadArgument("The activity has no type."));
        try
        {
            return (body.Deserialize<Activity>(BotJson.Options), null);
        }
        catch (JsonException broken)
        {
            return (null, DirectLineErrors.BadArgument($"The activity does not fit the Activity schema: {broken.Message}"));
        }
    }

    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest request, int maxBytes, bool optional) 
    {
        if (await RequestBody.ReadAsync(request, maxBytes).ConfigureAwait(false) is not { } buffer) return (default, DirectLineErrors.TooLarge());
        if (buffer.Length == 0) return optional ? (default, null) : (default, DirectLineErrors.BadArgument("The request body is empty."));
        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer, BotJson.Options);
            return value is null && !optional ? (default, DirectLineErrors.BadArgument("The request body is null.")) : (value, null);
        }
        catch (JsonException broken)
        {
            return (default, DirectLineErrors.BadArgument($"The request body is not valid JSON: {broken.Message}"));
        }
    }
}
