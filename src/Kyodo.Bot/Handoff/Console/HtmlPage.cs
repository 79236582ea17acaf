namespace Kyodo.Bot.Handoff.Console;

/// <summary>A console page: UTF-8 HTML that is never cached and may not run or load anything from elsewhere.</summary>
public sealed class HtmlPage(string html, int statusCode) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentSecurityPolicy = DeskConsoleHtml.ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        return response.WriteAsync(html, httpContext.RequestAborted);
    }
}
