namespace Kyodo.Bot.Hosting;

/// <summary>Reads a request body up to a size limit, so one oversized request cannot take the host's memory.</summary>
public static class RequestBody
{
    /// <summary>The body's bytes, or null when it is over <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes)
    {
        if (request.ContentLength > maxBytes) return null;
        if (request.ContentLength is { } announced) return await ReadExactlyAsync(request, (int)announced).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) return null;
        }
        return buffer.ToArray();
    }

    /// <summary>A body with a Content-Length (the server stops it at that length) goes straight into one array of that size.</summary>
    private static async Task<byte[]> ReadExactlyAsync(HttpRequest request, int length)
    {
        var body = new byte[length];
        var total = 0;
        while (total < length)
        {
            var read = await request.Body.ReadAsync(body.AsMemory(total), request.HttpContext.RequestAborted).ConfigureAwait(false);
            if (read == 0) break;
            total += read;
        }
        return total == length ? body : body[..total];
    }
}
