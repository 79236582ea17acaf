using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Kyodo.Bot.Handoff.Console;

/// <summary>The console's cookie scheme and policy, and who is signed in (read fresh from the account store each request).</summary>
public static class DeskConsoleAuth
{
    public const string Scheme = "DeskConsole";
    public const string Policy = "DeskConsoleStaff";
    /// <summary>Every console route is under it: only these requests authenticate (<see cref="DeskConsolePipeline"/>).</summary>
    public const string Prefix = "/desk";
    public const string LoginPath = "/desk/login";
    public const string ApiPrefix = "/desk/api";

    public static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "kyodo-desk";
        options.Cookie.Path = Prefix;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.LoginPath = LoginPath;
        options.ExpireTimeSpan = TimeSpan.FromHours(10);
        options.SlidingExpiration = true;
        // Pages send the browser to the sign-in page; the JSON endpoints answer 401 for the script to act on.
        options.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
    }

    public static ClaimsPrincipal PrincipalFor(StaffAccount account) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, account.UserName), new Claim(ClaimTypes.Name, account.DisplayName)], Scheme));

    /// <summary>The signed-in account as a handoff staff member; null when the account was removed since sign-in.</summary>
    public static async Task<StaffMember?> StaffAsync(HttpContext http, StaffAccounts accounts)
    {
        if (http.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userName) return null;
        var account = await accounts.FindAsync(userName, http.RequestAborted).ConfigureAwait(false);
        return account?.AsStaffMember();
    }

    private static Task Refuse(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments(ApiPrefix)) context.Response.StatusCode = status;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
