using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace Kyodo.Bot.Handoff.Console.Stats;

public static class DeskConsoleStatsEndpoints
{
    /// <summary>
    /// <c>/desk/stats</c> (charts), <c>/desk/stats.csv</c> (the same figures), <c>/desk/stats/fiscal.csv</c> (per 年度) and
    /// <c>/desk/unanswered</c>, for signed-in staff: their own desk's figures, every desk's (or a chosen one's) for admins.
    /// </summary>
    public static IEndpointRouteBuilder MapDeskConsoleStats(this IEndpointRouteBuilder app)
    {
        var desk = app.MapGroup(DeskConsoleAuth.Prefix).RequireAuthorization(DeskConsoleAuth.Policy);

        desk.MapGet("/stats", async (string? from, string? to, string? desk, HttpContext http, StaffAccounts accounts, StatsQueries queries, IAntiforgery antiforgery) =>
        {
            if (await DeskConsoleAuth.StaffAsync(http, accounts).ConfigureAwait(false) is not { } staff) return await SignOutAsync(http).ConfigureAwait(false);
            var scope = queries.Scope(staff, desk);
            var report = await queries.ReportAsync(scope, queries.Range(from, to), http.RequestAborted).ConfigureAwait(false);
            return StatsPage.Render(report, scope, staff, queries, antiforgery.GetAndStoreTokens(http).RequestToken!);
        });

        desk.MapGet("/stats.csv", async (string? from, string? to, string? desk, HttpContext http, StaffAccounts accounts, StatsQueries queries) =>
        {
            if (await DeskConsoleAuth.StaffAsync(http, accounts).ConfigureAwait(false) is not { } staff) return await SignOutAsync(http).ConfigureAwait(false);
            var scope = queries.Scope(staff, desk);
            var range = queries.Range(from, to);
            var report = await queries.ReportAsync(scope, range, http.RequestAborted).ConfigureAwait(false);
            return Csv(StatsCsv.Report(report, queries.DeskName(scope.DeskId), queries.MethodName, queries.Labels), $"kyodo-stats-{range.FromText}-{range.ToText}.csv");
        });

        desk.MapGet("/stats/fiscal.csv", async (string? desk, HttpContext http, StaffAccounts accounts, StatsQueries queries) =>
        {
            if (await DeskConsoleAuth.StaffAsync(http, accounts).ConfigureAwait(false) is not { } staff) return await SignOutAsync(http).ConfigureAwait(false);
            var years = await queries.FiscalYearsAsync(queries.Scope(staff, desk), http.RequestAborted).ConfigureAwait(false);
            return Csv(StatsCsv.FiscalYears(years), "kyodo-fiscal-years.csv");
        });

        desk.MapGet("/unanswered", async (string? from, string? to, HttpContext http, StaffAccounts accounts, StatsQueries queries, IAntiforgery antiforgery) =>
        {
            if (await DeskConsoleAuth.StaffAsync(http, accounts).ConfigureAwait(false) is not { } staff) return await SignOutAsync(http).ConfigureAwait(false);
            var range = queries.Range(from, to);
            var questions = await queries.UnansweredAsync(range, http.RequestAborted).ConfigureAwait(false);
            return UnansweredPage.Render(questions, range, staff, antiforgery.GetAndStoreTokens(http).RequestToken!);
        });
        return app;
    }

    private static IResult Csv(CsvText csv, string fileName) => Results.File(csv.ToBytes(), "text/csv; charset=utf-8", fileName);

    /// <summary>The account was removed since sign-in: forget the cookie and show the sign-in page.</summary>
    private static async Task<IResult> SignOutAsync(HttpContext http)
    {
        await http.SignOutAsync(DeskConsoleAuth.Scheme).ConfigureAwait(false);
        return Results.Redirect(DeskConsoleAuth.LoginPath);
    }
}
