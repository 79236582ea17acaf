using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kyodo.Bot.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DirectLineOptions>(configuration.GetSection(DirectLineOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineAuth>();
        services.AddSingleton<Kyodo.Bot.Handoff.Delivery.IPersonChannel, Kyodo.Bot.Handoff.Delivery.WebChatPersonChannel>();
        services.AddSingleton<Kyodo.Bot.Handoff.Delivery.WebChatBroadcast>();
        services.AddSingleton<Kyodo.Bot.Storage.IAnnouncementSubscriber, Kyodo.Bot.Handoff.Delivery.WebChatBroadcastReceiver>();
        services.AddSingleton<DirectLineConversations>();
        return services;
    }
}
