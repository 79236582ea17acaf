using System.Text.Json;
using System.Text.Json.Serialization;
using Kyodo.Bot.Activities;

namespace Kyodo.Bot.DirectLine;

/// <summary>The optional body of a token or conversation request: <c>{ "user": { "id": … } }</c>.</summary>
public sealed class StartRequest
{
    [JsonPropertyName("user")] public ChannelAccount? User { get; set; }
}

/// <summary>Reads request bodies with a size limit, never throwing on bad input.</summary>
public static class DirectLineRequests
{
    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest request, int maxBytes, bool optional) where T : class
    {
        if (request.ContentLength > maxBytes) return (null, DirectLineErrors.TooLarge());
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) return (null, DirectLineErrors.TooLarge());
        }
        if (buffer.Length == 0) return optional ? (null, null) : (null, DirectLineErrors.BadArgument("The request body is empty."));
        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.ToArray(), BotJson.Options);
            return value is null && !optional ? (null, DirectLineErrors.BadArgument("The request body is null.")) : (value, null);
        }
        catch (JsonException broken)
        {
            return (null, DirectLineErrors.BadArgument($"The request body is not valid JSON: {broken.Message}"));
        }
    }
}
