using Microsoft.Extensions.DependencyInjection.Extensions;
using Kyodo.Bot.Storage;

namespace Kyodo.Bot.Channels.Teams;

public static class TeamsServiceCollectionExtensions
{
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TeamsOptions.From(configuration));
        services.AddHttpClient(ConnectorClient.HttpClientName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ServiceUrlAllowList>();
        services.AddSingleton<BotFrameworkAuthenticator>();
        services.AddSingleton<BotTokenProvider>();
        services.AddSingleton<ConnectorClient>();
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<ConnectorOutbox>();
        services.AddSingleton<IPersonalDataEraser>(provider => provider.GetRequiredService<ConnectorOutbox>());
        services.AddSingleton<IAnnouncementSubscriber>(provider => provider.GetRequiredService<ConnectorOutbox>());
        services.AddHostedService<ConnectorRedelivery>();
        services.AddSingleton<ProactiveMessenger>();
        services.AddHttpClient(TeamsFileConsentHandler.HttpClientName);
        services.AddSingleton<TeamsFileConsentHandler>();
        services.AddSingleton(configuration.GetSection(Handoff.Teams.HandoffOptions.Section).Get<Handoff.Teams.HandoffOptions>() ?? new());
        services.AddSingleton<Handoff.Teams.DeskChannelStore>();
        services.AddSingleton<Handoff.Teams.TeamsStaffInbound>();
        services.AddSingleton<Handoff.IStaffNotifier, Handoff.Teams.TeamsDeskNotifier>();
        services.AddSingleton<IReplyRenderer, TeamsRenderer>();
        services.AddSingleton<Kyodo.Bot.Handoff.Delivery.IPersonChannel, Kyodo.Bot.Handoff.Delivery.TeamsPersonChannel>();
        return services;
    }

    /// <summary>Says loudly at start-up when requests to /api/messages are not authenticated.</summary>
    public static void WarnWhenUnauthenticated(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<TeamsOptions>().AuthenticationEnabled)
            app.Logger.LogWarning("MicrosoftAppId is not set: POST /api/messages accepts activities WITHOUT authentication. Fine for local use; set MicrosoftAppId and MicrosoftAppPassword before exposing the bot.");
    }
}
