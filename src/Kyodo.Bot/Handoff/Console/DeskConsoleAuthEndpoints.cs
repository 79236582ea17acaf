using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace Kyodo.Bot.Handoff.Console;

public static class DeskConsoleAuthEndpoints
{
    /// <summary><c>GET/POST /desk/login</c> and <c>POST /desk/logout</c>; both POSTs need the antiforgery token.</summary>
    public static IEndpointRouteBuilder MapDeskConsoleAuth(this IEndpointRouteBuilder app)
    {
        app.MapGet(DeskConsoleAuth.LoginPath, (HttpContext http, IAntiforgery antiforgery) =>
            LoginPage.Render(antiforgery.GetAndStoreTokens(http).RequestToken!));

        app.MapPost(DeskConsoleAuth.LoginPath, async (HttpContext http, IAntiforgery antiforgery, StaffSignIn signIn) =>
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
            var userName = form["userName"].ToString().Trim();
            var account = await signIn.CheckAsync(userName, form["password"].ToString(), http.RequestAborted).ConfigureAwait(false);
            if (account is null) return LoginPage.Render(antiforgery.GetAndStoreTokens(http).RequestToken!, refused: true, userName);
            await http.SignInAsync(DeskConsoleAuth.Scheme, DeskConsoleAuth.PrincipalFor(account)).ConfigureAwait(false);
            return Results.Redirect("/desk", preserveMethod: false);
        }).AddEndpointFilter<AntiforgeryCheck>();

        app.MapPost("/desk/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(DeskConsoleAuth.Scheme).ConfigureAwait(false);
            return Results.Redirect(DeskConsoleAuth.LoginPath);
        }).RequireAuthorization(DeskConsoleAuth.Policy).AddEndpointFilter<AntiforgeryCheck>();
        return app;
    }
}
