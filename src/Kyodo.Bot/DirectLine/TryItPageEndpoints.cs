using Microsoft.Extensions.Options;

namespace Kyodo.Bot.DirectLine;

public static class TryItPageEndpoints
{
    /// <summary>Serves the try-it page (<c>wwwroot/index.html</c> with the bundled Web Chat client) when Direct Line is enabled.</summary>
    public static WebApplication MapTryItPage(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.Enabled) return app;
        app.UseDefaultFiles();
        app.UseStaticFiles();
        return app;
    }
}
