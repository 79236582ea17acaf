using Microsoft.Extensions.Options;

namespace Kyodo.Bot.DirectLine;

/// <summary>Reads <c>Authorization: Bearer …</c> as the secret or as a conversation token.</summary>
public sealed class DirectLineAuth(IOptions<DirectLineOptions> options, DirectLineTokens tokens)
{
    public static string? Bearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    /// <summary>Whether a new conversation may be started: the secret when one is set; open otherwise (local use).</summary>
    public bool MayStart(HttpRequest request)
    {
        var secret = options.Value.Secret;
        return string.IsNullOrEmpty(secret) || Bearer(request) == secret;
    }

    /// <summary>The request's token, or an error result to return.</summary>
    public (DirectLineToken? Token, IResult? Error) Token(HttpRequest request, string? conversationId = null)
    {
        var (check, token) = tokens.Read(Bearer(request));
        if (check == TokenCheck.Expired) return (null, DirectLineErrors.TokenExpired());
        if (check == TokenCheck.Invalid || token is null) return (null, DirectLineErrors.BadToken());
        if (conversationId is not null && token.ConversationId != conversationId) return (null, DirectLineErrors.BadToken());
        return (token, null);
    }
}
