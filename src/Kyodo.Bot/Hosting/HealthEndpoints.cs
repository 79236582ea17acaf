using Kyodo.Bot.Content;
using Kyodo.Bot.Storage;

namespace Kyodo.Bot.Hosting;

public static class HealthEndpoints
{
    /// <summary><c>/healthz</c>: the process is alive. <c>/readyz</c>: storage answers and content is loaded.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Json(new { status = "alive" }));
        app.MapGet("/readyz", async (IStateStore store, IContentProvider content, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        {
            var storageReachable = await store.IsReachableAsync(cancellationToken).ConfigureAwait(false);
            if (!storageReachable) loggers.CreateLogger(typeof(HealthEndpoints)).LogWarning("Not ready: the database does not answer.");
            var loaded = content.Current.Content;
            var body = new
            {
                status = storageReachable ? "ready" : "not ready",
                storage = storageReachable ? "reachable" : "unreachable",
                content = new { questions = loaded.Diagnosis.Questions.Count, methods = loaded.Methods.Methods.Count, faq = loaded.Faq.Count, desks = loaded.Desks.Desks.Count },
            };
            return Results.Json(body, statusCode: storageReachable ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }
}
