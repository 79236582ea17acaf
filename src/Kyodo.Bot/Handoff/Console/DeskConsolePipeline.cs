namespace Kyodo.Bot.Handoff.Console;

public static class DeskConsolePipeline
{
    // WebApplication puts these middlewares in front of every route once their services exist, unless it finds these
    // keys, which the Use… methods set on the builder they are called on (a UseWhen branch has its own copy).
    private static readonly string[] SetByUseKeys = ["__AuthenticationMiddlewareSet", "__AuthorizationMiddlewareSet", "__AntiforgeryMiddlewareSet"];

    /// <summary>Sign-in, authorization and antiforgery run for the console's requests only, not for every bot turn
    /// (bench/README, seventeenth round).</summary>
    public static WebApplication UseDeskConsoleSecurity(this WebApplication app)
    {
        app.UseWhen(http => http.Request.Path.StartsWithSegments(DeskConsoleAuth.Prefix),
            desk => desk.UseAuthentication().UseAuthorization().UseAntiforgery());
        foreach (var key in SetByUseKeys) ((IApplicationBuilder)app).Properties[key] = true;
        return app;
    }
}
