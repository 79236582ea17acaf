using static Kyodo.Bot.Handoff.Console.DeskConsoleHtml;

namespace Kyodo.Bot.Handoff.Console;

public static class LoginPage
{
    /// <summary>Said for an unknown user, a wrong password and a locked account alike.</summary>
    public const string Refused = "サインインできませんでした。ユーザー名とパスワードを確かめてください。続けて間違えると、しばらくサインインできなくなります。";

    public static IResult Render(string token, bool refused = false, string userName = "") => Page("サインイン",
        (refused ? $"<p class=\"error\" role=\"alert\">{E(Refused)}</p>" : "") +
        "<section><h1>サインイン</h1><form method=\"post\" action=\"/desk/login\">" + TokenField(token) +
        $"<label>ユーザー名 <input name=\"userName\" autocomplete=\"username\" required value=\"{E(userName)}\"></label>" +
        "<label>パスワード <input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label>" +
        "<button type=\"submit\">サインイン</button></form></section>",
        statusCode: refused ? StatusCodes.Status401Unauthorized : StatusCodes.Status200OK);
}
