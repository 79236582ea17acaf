using Kyodo.Bot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kyodo.Bot.Channels.Line;

public static class LineServiceCollectionExtensions
{
    public static IServiceCollection AddLineChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LineOptions>(configuration.GetSection(LineOptions.Section));
        services.AddHttpClient(LineMessagingClient.HttpClientName);
        services.AddSingleton<LineMessagingClient>();
        services.AddSingleton<LineInbox>();
        services.AddSingleton<IPersonalDataEraser>(provider => provider.GetRequiredService<LineInbox>());
        services.AddSingleton<LineInboxSignal>();
        services.AddSingleton<LineDelivery>();
        services.AddSingleton<LineEventProcessor>();
        services.AddSingleton<IReplyRenderer, LineRenderer>();
        services.AddSingleton<Kyodo.Bot.Handoff.Delivery.IPersonChannel, Kyodo.Bot.Handoff.Delivery.LinePersonChannel>();
        services.AddSingleton<LineRetention>();
        services.AddHostedService<LineInboxWorker>();
        services.AddHostedService<LineRetentionWorker>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
