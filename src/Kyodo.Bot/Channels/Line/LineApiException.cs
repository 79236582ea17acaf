using System.Net;

namespace Kyodo.Bot.Channels.Line;

/// <summary>LINE refused a call; <see cref="Details"/> holds LINE's own error message and details.</summary>
public sealed class LineApiException(HttpStatusCode status, string details)
    : Exception($"LINE answered {(int)status}: {details}")
{
    public HttpStatusCode Status { get; } = status;
    public string Details { get; } = details;
}
