namespace Kyodo.Bot.Handoff.Console;

public static class DeskConsoleServiceCollectionExtensions
{
    /// <summary>Accounts, cookie sign-in and antiforgery for the staff console at <c>/desk</c>.</summary>
    public static IServiceCollection AddDeskConsole(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DeskConsoleOptions>(configuration.GetSection(DeskConsoleOptions.Section));
        services.AddSingleton<StaffAccounts>();
        services.AddSingleton<StaffSignIn>();
        services.AddSingleton<DeskConsoleQueries>();
        services.AddSingleton<Stats.StatsQueries>();
        services.AddAuthentication().AddCookie(DeskConsoleAuth.Scheme, DeskConsoleAuth.ConfigureCookie);
        services.AddAuthorizationBuilder().AddPolicy(DeskConsoleAuth.Policy, policy => policy.AddAuthenticationSchemes(DeskConsoleAuth.Scheme).RequireAuthenticatedUser());
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "kyodo-desk-antiforgery";
            options.Cookie.Path = DeskConsoleAuth.Prefix;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }
}
