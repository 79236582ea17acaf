using Kyodo.Bot.Handoff.Console.Stats;
using Microsoft.Extensions.Options;

namespace Kyodo.Bot.Handoff.Console;

public static class DeskConsoleEndpoints
{
    /// <summary>The staff console at <c>/desk</c>, unless <c>DeskConsole:Enabled</c> is false.</summary>
    public static IEndpointRouteBuilder MapDeskConsole(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<IOptions<DeskConsoleOptions>>().Value.Enabled) return app;
        app.MapDeskConsoleAuth();
        app.MapDeskConsolePages();
        app.MapDeskConsoleApi();
        app.MapDeskConsoleStats();
        return app;
    }
}
