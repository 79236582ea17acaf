using System.Text;
using Kyodo.Bot.Stats;
using static Kyodo.Bot.Handoff.Console.DeskConsoleHtml;

namespace Kyodo.Bot.Handoff.Console.Stats;

/// <summary>/desk/stats: the range (and, for admins, desk) filter, the exports, and one chart per figure.</summary>
public static class StatsPage
{
    public static IResult Render(StatsReport report, StatsScope scope, StaffMember staff, StatsQueries names, string token)
    {
        var body = new StringBuilder("<h1>相談の統計</h1>");
        body.Append(Filter(report.Range, scope, staff, names));
        body.Append(Exports(report.Range, scope));
        if (!report.IncludesEvents)
            body.Append("<p class=\"notice\" id=\"desk-only\">相談の開始・診断結果・おすすめの手法・答えられなかった質問は窓口ごとに記録していないため、")
                .Append("すべての窓口をまとめた表示（管理者）でだけ見られます。ここでは「").Append(E(names.DeskName(scope.DeskId))).Append("」に引き継がれた相談の数字を表示しています。</p>");
        else
            body.Append(Section("consultations", $"相談の開始（週ごと・チャネル別） 合計 {StatsLabels.Count(report.Consultations)}", Weekly(report)))
                .Append(Section("verdicts", "診断結果", Bars("診断結果", report.Verdicts, names.Labels.VerdictNamed)))
                .Append(Section("methods", "おすすめした手法（1位）", Bars("おすすめした手法", report.Methods, names.MethodName)));
        body.Append(Section("escalations", $"人への引き継ぎ 合計 {StatsLabels.Count(report.Escalations)}", Bars("引き継ぎの理由", report.Reasons, names.Labels.ReasonNamed)))
            .Append(Section("waiting", $"相談員が対応するまでの待ち時間（{StatsLabels.Count(report.Taken)}）", Waiting(report)))
            .Append(Section("outcomes", "対応の結果", Bars("対応の結果", report.Outcomes, names.Labels.OutcomeNamed)))
            .Append(Section("satisfaction", $"満足度 平均 {StatsLabels.Average(report.AverageRating)}（{StatsLabels.Count(report.RatingCount)}）", Bars("満足度の分布", report.Ratings, StatsLabels.Rating)));
        if (report.IncludesEvents) body.Append(Section("unanswered", "答えられなかった質問（多い順）", UnansweredPage.Table(report.Unanswered.Take(10).ToArray())
            + $"<p><a href=\"/desk/unanswered?{Query(report.Range, null)}\">すべて見る</a></p>"));
        return Page("相談の統計", body.ToString(), staff.Name, token);
    }

    public static string Query(StatsRange range, string? deskId) =>
        $"from={Uri.EscapeDataString(range.FromText)}&to={Uri.EscapeDataString(range.ToText)}" + (deskId is null ? "" : $"&desk={Uri.EscapeDataString(deskId)}");

    private static string Filter(StatsRange range, StatsScope scope, StaffMember staff, StatsQueries names)
    {
        var html = new StringBuilder("<form method=\"get\" action=\"/desk/stats\" class=\"filter\">")
            .Append($"<label>開始日 <input type=\"date\" name=\"from\" value=\"{E(range.FromText)}\"></label>")
            .Append($"<label>終了日 <input type=\"date\" name=\"to\" value=\"{E(range.ToText)}\"></label>");
        if (staff.IsAdmin)
        {
            html.Append("<label>窓口 <select name=\"desk\"><option value=\"\">すべての窓口</option>");
            foreach (var desk in names.Desks)
                html.Append($"<option value=\"{E(desk.Id)}\"{(desk.Id == scope.DeskId ? " selected" : "")}>{E(desk.Name)}</option>");
            html.Append("</select></label>");
        }
        else html.Append($"<span>窓口：{E(names.DeskName(scope.DeskId))}</span>");
        return html.Append("<button type=\"submit\">表示</button></form>").ToString();
    }

    private static string Exports(StatsRange range, StatsScope scope) =>
        $"<p class=\"exports\"><a href=\"/desk/stats.csv?{E(Query(range, scope.DeskId))}\" download>この期間をCSVで保存</a>" +
        $"<a href=\"/desk/stats/fiscal.csv{(scope.DeskId is null ? "" : "?desk=" + E(Uri.EscapeDataString(scope.DeskId)))}\" download>年度ごとの集計（事業改善シート用）CSV</a>" +
        "<a href=\"/desk\">受付一覧へ</a></p>";

    private static string Section(string id, string title, string content) => $"<section id=\"{id}\"><h2>{E(title)}</h2>{content}</section>";

    private static string Weekly(StatsReport report)
    {
        var channels = report.Channels;
        var series = channels.Select(c => new ChartSeries(StatsLabels.Channel(c), report.ConsultationsPerWeek.Select(w => (double)w.ByChannel.GetValueOrDefault(c)).ToArray())).ToArray();
        var labels = report.ConsultationsPerWeek.Select(w => StatsLabels.Week(w.WeekStart)).ToArray();
        return report.Consultations == 0 ? SvgBarChart.Horizontal("相談の開始", []) : SvgBarChart.StackedColumns("週ごとの相談の開始（チャネル別）", labels, series);
    }

    private static string Waiting(StatsReport report) =>
        report.Taken == 0 ? SvgBarChart.Horizontal("待ち時間", []) :
        SvgBarChart.Horizontal("待ち時間（分）",
        [
            new ChartBar("中央値", report.MedianWait!.Value.TotalMinutes, StatsLabels.Minutes(report.MedianWait)),
            new ChartBar("90パーセンタイル", report.Wait90thPercentile!.Value.TotalMinutes, StatsLabels.Minutes(report.Wait90thPercentile)),
        ]);

    private static string Bars(string title, IReadOnlyList<CountItem> counts, Func<string, string> label) =>
        counts.Sum(c => c.Count) == 0 ? SvgBarChart.Horizontal(title, []) :
        SvgBarChart.Horizontal(title, counts.Select(c => new ChartBar(label(c.Key), c.Count, StatsLabels.Count(c.Count))).ToArray());
}
