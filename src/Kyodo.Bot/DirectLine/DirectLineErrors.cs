namespace Kyodo.Bot.DirectLine;

/// <summary>Error responses in the Direct Line shape: <c>{ "error": { "code", "message" } }</c>.</summary>
public static class DirectLineErrors
{
    public static IResult Of(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);

    public static IResult BadArgument(string message) => Of(StatusCodes.Status400BadRequest, "BadArgument", message);
    public static IResult BadToken() => Of(StatusCodes.Status403Forbidden, "BadArgument", "The token or secret is not valid for this conversation.");
    public static IResult TokenExpired() => Of(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.");
    public static IResult NotFound() => Of(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found.");
    public static IResult TooLarge() => Of(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The request body is too large.");
}
