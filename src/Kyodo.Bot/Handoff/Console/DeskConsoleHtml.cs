using System.Net;
using System.Text;

namespace Kyodo.Bot.Handoff.Console;

/// <summary>The page frame (plain CSS, no external files) and HTML encoding; every value goes through <see cref="E"/>.</summary>
public static class DeskConsoleHtml
{
    public const string ContentSecurityPolicy = "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";

    public static string E(string? value) => WebUtility.HtmlEncode(value ?? "");

    public static IResult Page(string title, string body, string? signedInAs = null, string? token = null, int statusCode = StatusCodes.Status200OK)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<title>").Append(E(title)).Append(" — 協働相談 相談員コンソール</title><style>").Append(Css).Append("</style></head><body><header><a href=\"/desk\">相談員コンソール</a>");
        if (signedInAs is not null && token is not null)
            html.Append("<form method=\"post\" action=\"/desk/logout\" class=\"signout\"><span>").Append(E(signedInAs)).Append("</span>")
                .Append(TokenField(token)).Append("<button type=\"submit\">サインアウト</button></form>");
        html.Append("</header><main>").Append(body).Append("</main></body></html>");
        return new HtmlPage(html.ToString(), statusCode);
    }

    public static string TokenField(string token) => $"<input type=\"hidden\" name=\"{E(AntiforgeryFieldName)}\" value=\"{E(token)}\">";

    public const string AntiforgeryFieldName = "__RequestVerificationToken";

    private const string Css = """
        body{font-family:"Noto Sans JP","Hiragino Sans","Yu Gothic",sans-serif;margin:0;color:#222;background:#f6f7f9}
        header{display:flex;justify-content:space-between;align-items:center;padding:.6rem 1rem;background:#1f4e79;color:#fff}
        header a{color:#fff;font-weight:bold;text-decoration:none}
        .signout{display:flex;gap:.6rem;align-items:center}
        main{max-width:60rem;margin:1rem auto;padding:0 1rem}
        table{border-collapse:collapse;width:100%;background:#fff}
        th,td{border:1px solid #ccd;padding:.4rem .6rem;text-align:left;vertical-align:top}
        th{background:#e8edf3}
        section{background:#fff;border:1px solid #ccd;border-radius:4px;padding:.8rem 1rem;margin:1rem 0}
        dl{display:grid;grid-template-columns:10rem 1fr;gap:.3rem .8rem;margin:0}
        dt{font-weight:bold}
        dd{margin:0;white-space:pre-wrap}
        ol.transcript{list-style:none;padding:0;margin:0}
        ol.transcript li{padding:.4rem 0;border-bottom:1px solid #eee;white-space:pre-wrap}
        .who{font-weight:bold;margin-right:.5rem}
        .when{color:#667;font-size:.85em;margin-right:.5rem}
        .Person .who{color:#8a4b00}
        .Staff .who{color:#1f4e79}
        .failed{color:#b00020;font-weight:bold}
        .notice{background:#fff4d6;border:1px solid #e0b84c;padding:.6rem 1rem}
        .error{background:#fde8ea;border:1px solid #d66;padding:.6rem 1rem}
        textarea{width:100%;min-height:5rem;box-sizing:border-box}
        button{padding:.4rem 1rem;font-size:1rem}
        label{display:block;margin:.4rem 0}
        .filter,.exports,nav.links{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;align-items:center;margin:.6rem 0}
        .filter label{display:inline-block;margin:0}
        svg.chart{max-width:100%;height:auto;font-family:inherit}
        .nodata{color:#667}
        """;
}
