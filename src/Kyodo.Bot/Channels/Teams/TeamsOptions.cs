namespace Kyodo.Bot.Channels.Teams;

/// <summary>
/// The Bot Framework settings, under the names Azure Bot Service uses (<c>MicrosoftAppId</c> … at the top level,
/// endpoints under <c>BotFramework</c>). Without an app id, authentication is off (local use, Emulator-style).
/// </summary>
public sealed class TeamsOptions
{
    public string MicrosoftAppId { get; set; } = "";
    public string MicrosoftAppPassword { get; set; } = "";

    /// <summary><c>MultiTenant</c> or <c>SingleTenant</c>.</summary>
    public string MicrosoftAppType { get; set; } = "MultiTenant";
    public string MicrosoftAppTenantId { get; set; } = "";

    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Empty: the Microsoft identity platform endpoint for the app type (botframework.com, or the tenant).</summary>
    public string TokenEndpoint { get; set; } = "";

    public string Issuer { get; set; } = "https://api.botframework.com";

    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>How long the Connector is left alone once most calls to it failed (the circuit breaker's break).</summary>
    public TimeSpan ConnectorBreak { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often replies the Connector did not take are tried again (doubling for each failed try, at most ten minutes).</summary>
    public TimeSpan RedeliveryInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long such replies are tried before they are marked failed: an answer much later would come out of context.</summary>
    public TimeSpan RedeliverFor { get; set; } = TimeSpan.FromHours(1);

    public bool AuthenticationEnabled => MicrosoftAppId.Length > 0;

    public string EffectiveTokenEndpoint => TokenEndpoint.Length > 0
        ? TokenEndpoint
        : $"https://login.microsoftonline.com/{(string.Equals(MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase) ? MicrosoftAppTenantId : "botframework.com")}/oauth2/v2.0/token";

    public static TeamsOptions From(IConfiguration configuration)
    {
        var options = new TeamsOptions();
        configuration.GetSection("BotFramework").Bind(options);
        options.MicrosoftAppId = configuration["MicrosoftAppId"] ?? options.MicrosoftAppId;
        options.MicrosoftAppPassword = configuration["MicrosoftAppPassword"] ?? options.MicrosoftAppPassword;
        options.MicrosoftAppType = configuration["MicrosoftAppType"] ?? options.MicrosoftAppType;
        options.MicrosoftAppTenantId = configuration["MicrosoftAppTenantId"] ?? options.MicrosoftAppTenantId;
        return options;
    }
}
