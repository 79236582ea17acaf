using System.Globalization;
using Kyodo.Bot.Stats;

namespace Kyodo.Bot.Handoff.Console.Stats;

/// <summary>The exports: the dashboard's figures as 区分,項目,値 rows, and the per-年度 summary for the 事業改善シート.</summary>
public static class StatsCsv
{
    public static CsvText Report(StatsReport report, string deskName, Func<string, string> methodName, StaffLabels labels)
    {
        var csv = new CsvText().Row("区分", "項目", "値")
            .Row("集計期間", $"{StatsLabels.Date(report.Range.From)}〜{StatsLabels.Date(report.Range.To)}", "")
            .Row("窓口", deskName, "");
        if (report.IncludesEvents)
        {
            foreach (var week in report.ConsultationsPerWeek)
            foreach (var channel in report.Channels)
                csv.Row("相談の開始（週・チャネル別）", $"{StatsLabels.Date(week.WeekStart)} {StatsLabels.Channel(channel)}", Number(week.ByChannel.GetValueOrDefault(channel)));
            csv.Row("相談の開始", "合計", Number(report.Consultations));
            foreach (var verdict in report.Verdicts) csv.Row("診断結果", labels.VerdictNamed(verdict.Key), Number(verdict.Count));
            foreach (var method in report.Methods) csv.Row("おすすめの手法（1位）", methodName(method.Key), Number(method.Count));
        }
        csv.Row("人への引き継ぎ", "合計", Number(report.Escalations));
        foreach (var reason in report.Reasons) csv.Row("引き継ぎの理由", labels.ReasonNamed(reason.Key), Number(reason.Count));
        csv.Row("対応までの待ち時間（分）", "中央値", Minutes(report.MedianWait))
            .Row("対応までの待ち時間（分）", "90パーセンタイル", Minutes(report.Wait90thPercentile))
            .Row("対応までの待ち時間（分）", "対応した件数", Number(report.Taken));
        foreach (var outcome in report.Outcomes) csv.Row("対応の結果", labels.OutcomeNamed(outcome.Key), Number(outcome.Count));
        csv.Row("満足度", "平均", report.AverageRating is { } average ? average.ToString("0.00", CultureInfo.InvariantCulture) : "");
        foreach (var rating in report.Ratings) csv.Row("満足度", StatsLabels.Rating(rating.Key), Number(rating.Count));
        foreach (var question in report.Unanswered) csv.Row("答えられなかった質問", question.Text, Number(question.Count));
        return csv;
    }

    /// <summary>Per 年度 (April–March): consultations (blank for one desk: not counted per desk), escalations, closed, satisfaction % (ratings 4–5), average rating.</summary>
    public static CsvText FiscalYears(IReadOnlyList<FiscalYearSummary> years)
    {
        var csv = new CsvText().Row("年度", "相談件数", "引き継ぎ件数", "終了した相談", "満足度（4〜5の割合%）", "平均評価");
        foreach (var year in years)
            csv.Row($"{year.Year}年度", year.Consultations is { } c ? Number(c) : "", Number(year.Escalations), Number(year.Closed),
                StatsLabels.Percent(year.SatisfiedShare), year.AverageRating is { } a ? a.ToString("0.00", CultureInfo.InvariantCulture) : "");
        return csv;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Minutes(TimeSpan? wait) => wait is { } w ? Math.Round(w.TotalMinutes, 1).ToString("0.#", CultureInfo.InvariantCulture) : "";
}
