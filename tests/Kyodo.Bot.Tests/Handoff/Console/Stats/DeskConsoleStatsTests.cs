using System.Net;
using System.Text;
using Kyodo.Bot.Tests.Handoff.Console;

namespace Kyodo.Bot.Tests.Handoff.Console.Stats;

public sealed class DeskConsoleStatsTests : IAsyncLifetime
{
    private readonly DeskConsoleApplication _app = new();

    public async Task InitializeAsync()
    {
        await _app.AddStaffAsync("tanaka", "田中", "ube");
        await _app.AddStaffAsync("admin", "管理者", "gunma_salon", isAdmin: true);
        await StatsSeed.NovemberAsync(_app.Services);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/desk/stats")]
    [InlineData("/desk/stats.csv")]
    [InlineData("/desk/stats/fiscal.csv")]
    [InlineData("/desk/unanswered")]
    public async Task Without_the_sign_in_cookie_every_stats_address_sends_to_the_sign_in_page(string path)
    {
        var response = await _app.NewConsoleClient().Http.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/desk/login");
    }

    [Fact]
    public async Task Desk_staff_see_only_their_desks_ticket_figures_and_are_told_why_the_rest_is_missing()
    {
        var tanaka = await _app.SignedInAsync("tanaka");

        var page = await tanaka.Http.GetStringAsync($"/desk/stats?{StatsSeed.November}&desk=gunma_salon");

        page.Should().Contain("人への引き継ぎ 合計 2件").And.Contain("満足度 平均 4.5（2件）");
        page.Should().Contain("id=\"desk-only\"").And.NotContain("困りごと・苦情: 1件", "gunma_salon's ticket is not theirs, whatever the query says");
        page.Should().NotContain("id=\"consultations\"").And.NotContain("駐車場");
        page.Should().NotContain("<select name=\"desk\"");
    }

    [Fact]
    public async Task An_admin_sees_every_desk_with_the_events_and_can_narrow_to_one_desk()
    {
        var admin = await _app.SignedInAsync("admin");

        var all = await admin.Http.GetStringAsync($"/desk/stats?{StatsSeed.November}");
        var gunma = await admin.Http.GetStringAsync($"/desk/stats?{StatsSeed.November}&desk=gunma_salon");

        all.Should().Contain("人への引き継ぎ 合計 3件").And.Contain("相談の開始（週ごと・チャネル別） 合計 3件").And.Contain("駐車場はありますか");
        all.Should().Contain("事業協力・協定").And.Contain("向いている: 1件");
        gunma.Should().Contain("人への引き継ぎ 合計 1件").And.Contain("困りごと・苦情: 1件").And.Contain("id=\"desk-only\"");
        gunma.Should().Contain("<option value=\"gunma_salon\" selected>");
    }

    [Fact]
    public async Task The_page_draws_its_charts_as_inline_svg_and_loads_nothing_from_elsewhere()
    {
        var admin = await _app.SignedInAsync("admin");

        var response = await admin.Http.GetAsync($"/desk/stats?{StatsSeed.November}");
        var page = await response.Content.ReadAsStringAsync();

        System.Text.RegularExpressions.Regex.Matches(page, "<svg class=\"chart\"").Count.Should().Be(7);
        page.Should().Contain("<rect class=\"bar\"");
        page.Should().NotContain("<script src").And.NotContain("http://cdn").And.NotContain("https://");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().NotContain("http");
    }

    [Fact]
    public async Task The_csv_export_holds_the_ranges_figures_for_the_staff_members_desk()
    {
        var tanaka = await _app.SignedInAsync("tanaka");

        var response = await tanaka.Http.GetAsync($"/desk/stats.csv?{StatsSeed.November}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var csv = Encoding.UTF8.GetString(bytes);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        csv.Should().Contain("区分,項目,値\r\n").And.Contain("集計期間,2026-11-01〜2026-11-30,\r\n").And.Contain("窓口,宇部市民活動センター「青空」,\r\n");
        csv.Should().Contain("人への引き継ぎ,合計,2\r\n").And.Contain("引き継ぎの理由,契約・法的責任の相談,2\r\n");
        csv.Should().Contain("対応までの待ち時間（分）,中央値,6\r\n").And.Contain("対応までの待ち時間（分）,90パーセンタイル,9\r\n");
        csv.Should().Contain("満足度,5点,1\r\n").And.Contain("満足度,4点,1\r\n").And.Contain("満足度,1点,0\r\n");
        csv.Should().NotContain("相談の開始").And.NotContain("答えられなかった質問");
    }

    [Fact]
    public async Task An_admins_csv_has_the_events_with_a_typed_formula_made_harmless()
    {
        var admin = await _app.SignedInAsync("admin");

        var csv = await admin.Http.GetStringAsync($"/desk/stats.csv?{StatsSeed.November}");

        csv.Should().Contain("相談の開始（週・チャネル別）,2026-11-02 LINE,1\r\n").And.Contain("相談の開始（週・チャネル別）,2026-11-09 LINE,1\r\n")
            .And.Contain("相談の開始（週・チャネル別）,2026-11-02 Webチャット,1\r\n").And.Contain("相談の開始,合計,3\r\n");
        csv.Should().Contain("診断結果,向いている,1\r\n").And.Contain("おすすめの手法（1位）,事業協力・協定,1\r\n");
        csv.Should().Contain("答えられなかった質問,駐車場はありますか,2\r\n");
        csv.Should().Contain("答えられなかった質問,\"'=HYPERLINK(\"\"x\"\")の意味は\",1\r\n");
    }

    [Fact]
    public async Task The_fiscal_year_export_gives_the_improvement_sheet_figures_per_year()
    {
        await StatsSeed.TicketAsync(_app.Services, "ube", Tests.Stats.StatsTestData.Japan(2027, 3, 31, 20), waitedMinutes: 1, outcome: Kyodo.Bot.Handoff.TicketOutcome.Resolved, rating: 2);
        var admin = await _app.SignedInAsync("admin");
        var tanaka = await _app.SignedInAsync("tanaka");

        var all = await admin.Http.GetStringAsync("/desk/stats/fiscal.csv");
        var ube = await tanaka.Http.GetStringAsync("/desk/stats/fiscal.csv");

        all.Should().Contain("年度,相談件数,引き継ぎ件数,終了した相談,満足度（4〜5の割合%）,平均評価\r\n");
        all.Should().Contain("2026年度,3,4,4,50.0,3.00\r\n");
        ube.Should().Contain("2026年度,,3,3,66.7,3.67\r\n");
    }

    [Fact]
    public async Task The_unanswered_questions_are_listed_most_frequent_first_and_linked_from_the_queue()
    {
        var tanaka = await _app.SignedInAsync("tanaka");

        var queue = await tanaka.Http.GetStringAsync("/desk");
        var page = await tanaka.Http.GetStringAsync($"/desk/unanswered?{StatsSeed.November}");

        queue.Should().Contain("href=\"/desk/unanswered\"").And.Contain("href=\"/desk/stats\"");
        page.IndexOf("駐車場はありますか", StringComparison.Ordinal).Should().BeLessThan(page.IndexOf("HYPERLINK", StringComparison.Ordinal));
        page.Should().Contain("<td>駐車場はありますか</td><td>2</td>").And.Contain("=HYPERLINK(&quot;x&quot;)の意味は");
    }
}
