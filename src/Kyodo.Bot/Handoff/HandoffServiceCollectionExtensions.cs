using Kyodo.Bot.Conversation;
using Kyodo.Bot.Handoff.Delivery;
using Kyodo.Bot.Storage;

namespace Kyodo.Bot.Handoff;

public static class HandoffServiceCollectionExtensions
{
    /// <summary>Tickets and the relay gate. Each channel registers its own <see cref="IPersonChannel"/>.</summary>
    public static IServiceCollection AddHandoffDesk(this IServiceCollection services)
    {
        services.AddSingleton<TicketStore>();
        services.AddSingleton<IAnnouncementSubscriber>(provider => provider.GetRequiredService<TicketStore>());
        services.AddSingleton<IPersonalDataEraser>(provider => provider.GetRequiredService<TicketStore>());
        services.AddSingleton<HandoffDesk>();
        services.AddSingleton<ITurnGate, HandoffGate>();
        services.AddSingleton<PersonMessenger>();
        return services;
    }
}
