using Microsoft.AspNetCore.Antiforgery;

namespace Kyodo.Bot.Handoff.Console;

/// <summary>Refuses (400) a console POST without the form's antiforgery token and its cookie.</summary>
public sealed class AntiforgeryCheck(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!await antiforgery.IsRequestValidAsync(context.HttpContext).ConfigureAwait(false))
            return Results.Text("このフォームは期限切れか、正しくありません。ページを読み込み直してください。", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        return await next(context).ConfigureAwait(false);
    }
}
