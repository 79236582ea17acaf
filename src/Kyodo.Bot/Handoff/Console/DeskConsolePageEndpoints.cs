using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace Kyodo.Bot.Handoff.Console;

public static class DeskConsolePageEndpoints
{
    /// <summary>The queue and ticket pages and the take / reply / close forms; every action goes through <see cref="HandoffDesk"/>.</summary>
    public static IEndpointRouteBuilder MapDeskConsolePages(this IEndpointRouteBuilder app)
    {
        var desk = app.MapGroup(DeskConsoleAuth.Prefix).RequireAuthorization(DeskConsoleAuth.Policy);

        desk.MapGet("", async (HttpContext http, StaffAccounts accounts, DeskConsoleQueries queries, IAntiforgery antiforgery) =>
        {
            if (await DeskConsoleAuth.StaffAsync(http, accounts).ConfigureAwait(false) is not { } staff) return await SignOutAsync(http).ConfigureAwait(false);
            var queue = await queries.QueueAsync(staff, http.RequestAborted).ConfigureAwait(false);
            return QueuePage.Render(queue, staff, antiforgery.GetAndStoreTokens(http).RequestToken!);
        });

        desk.MapGet("/tickets/{id}", async (string id, StaffActionStatus? result, HttpContext http, StaffAccounts accounts, DeskConsoleQueries queries, IAntiforgery antiforgery) =>
        {
            if (await DeskConsoleAuth.StaffAsync(http, accounts).ConfigureAwait(false) is not { } staff) return await SignOutAsync(http).ConfigureAwait(false);
            if (await queries.VisibleTicketAsync(id, staff, http.RequestAborted).ConfigureAwait(false) is not { } ticket) return NotFound();
            var transcript = await queries.TranscriptAsync(ticket.Id, 0, http.RequestAborted).ConfigureAwait(false);
            return TicketPage.Render(ticket, queries.DeskName(ticket.DeskId), transcript, staff, antiforgery.GetAndStoreTokens(http).RequestToken!, DeskConsoleLabels.Result(result), queries.Labels);
        });

        var actions = desk.MapGroup("/tickets/{id}").AddEndpointFilter<AntiforgeryCheck>();
        actions.MapPost("/take", (string id, HttpContext http, StaffAccounts accounts, HandoffDesk handoff) =>
            ActAsync(http, accounts, id, (staff, _) => handoff.TakeAsync(id, staff, http.RequestAborted)));
        actions.MapPost("/reply", (string id, HttpContext http, StaffAccounts accounts, HandoffDesk handoff) =>
            ActAsync(http, accounts, id, (staff, form) => form["text"].ToString().Trim() is { Length: > 0 } text
                ? handoff.ReplyAsync(id, staff, text, http.RequestAborted)
                : Task.FromResult(new StaffActionResult(StaffActionStatus.Done, null))));
        actions.MapPost("/close", (string id, HttpContext http, StaffAccounts accounts, HandoffDesk handoff) =>
            ActAsync(http, accounts, id, (staff, form) =>
            {
                var outcome = DeskConsoleLabels.StaffOutcomes.FirstOrDefault(o => o.ToString() == form["outcome"].ToString(), TicketOutcome.Resolved);
                var note = form["note"].ToString().Trim();
                return handoff.CloseAsync(id, staff, outcome, note.Length > 0 ? note : null, http.RequestAborted);
            }));
        return app;
    }

    private static async Task<IResult> ActAsync(HttpContext http, StaffAccounts accounts, string id, Func<StaffMember, IFormCollection, Task<StaffActionResult>> act)
    {
        if (await DeskConsoleAuth.StaffAsync(http, accounts).ConfigureAwait(false) is not { } staff) return await SignOutAsync(http).ConfigureAwait(false);
        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var result = await act(staff, form).ConfigureAwait(false);
        if (result.Status is StaffActionStatus.NotFound or StaffActionStatus.OtherDesk) return NotFound();
        var page = $"/desk/tickets/{Uri.EscapeDataString(id)}";
        return Results.Redirect(result.Succeeded ? page : $"{page}?result={result.Status}");
    }

    /// <summary>The account was removed since sign-in: forget the cookie and show the sign-in page.</summary>
    private static async Task<IResult> SignOutAsync(HttpContext http)
    {
        await http.SignOutAsync(DeskConsoleAuth.Scheme).ConfigureAwait(false);
        return Results.Redirect(DeskConsoleAuth.LoginPath);
    }

    private static IResult NotFound() =>
        DeskConsoleHtml.Page("見つかりません", "<p class=\"error\">この相談は見つかりません。</p><p><a href=\"/desk\">受付一覧へ</a></p>", statusCode: StatusCodes.Status404NotFound);
}
