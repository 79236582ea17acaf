namespace Kyodo.Bot.Handoff.Console;

public static class DeskConsoleApiEndpoints
{
    /// <summary>The JSON the pages poll: <c>/desk/api/queue</c> and <c>/desk/api/tickets/{id}/messages?after=seq</c>. 401 without the cookie.</summary>
    public static IEndpointRouteBuilder MapDeskConsoleApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(DeskConsoleAuth.ApiPrefix).RequireAuthorization(DeskConsoleAuth.Policy);

        api.MapGet("/queue", async (HttpContext http, StaffAccounts accounts, DeskConsoleQueries queries) =>
        {
            if (await DeskConsoleAuth.StaffAsync(http, accounts).ConfigureAwait(false) is not { } staff) return Results.Unauthorized();
            return Results.Json(new { tickets = await queries.QueueAsync(staff, http.RequestAborted).ConfigureAwait(false) });
        });

        api.MapGet("/tickets/{id}/messages", async (string id, long? after, HttpContext http, StaffAccounts accounts, DeskConsoleQueries queries) =>
        {
            if (await DeskConsoleAuth.StaffAsync(http, accounts).ConfigureAwait(false) is not { } staff) return Results.Unauthorized();
            if (await queries.VisibleTicketAsync(id, staff, http.RequestAborted).ConfigureAwait(false) is not { } ticket) return Results.NotFound();
            var messages = await queries.TranscriptAsync(ticket.Id, after ?? 0, http.RequestAborted).ConfigureAwait(false);
            return Results.Json(new { state = ticket.State.ToString(), stateLabel = queries.Labels.State(ticket), owner = ticket.AssignedName, messages });
        });
        return app;
    }
}
