namespace Kyodo.Bot.Documents;

public static class DocumentEndpoints
{
    public const string PathPrefix = "/documents/";

    /// <summary><c>GET /documents/{id}</c>: the draft while its link is valid; 410 after expiry; 404 for anything else.</summary>
    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder app)
    {
        app.MapGet(PathPrefix + "{id}", async (string id, DocumentStore store, CancellationToken cancellationToken) =>
        {
            if (await store.FindAsync(id, cancellationToken).ConfigureAwait(false) is not { } file) return Results.NotFound();
            if (store.IsExpired(file)) return Results.StatusCode(StatusCodes.Status410Gone);
            return Results.File(file.Content, file.ContentType, file.FileName);
        });
        return app;
    }
}
