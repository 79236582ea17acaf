using System.Globalization;
using Kyodo.Bot.Stats;

namespace Kyodo.Bot.Handoff.Console.Stats;

/// <summary>The statistics' Japanese words: channels, ratings, weeks and waiting times (verdicts, reasons and outcomes are <see cref="StaffLabels"/>).</summary>
public static class StatsLabels
{
    public static string Channel(string channelId) => channelId switch
    {
        "webchat" or "directline" => "Webチャット",
        "line" => "LINE",
        "msteams" => "Teams",
        _ => channelId,
    };

    public static string Rating(string score) => score + "点";

    public static string Week(DateOnly monday) => monday.ToString("M/d", CultureInfo.InvariantCulture);

    public static string Minutes(TimeSpan? wait) => wait is { } w ? Math.Round(w.TotalMinutes, 1).ToString("0.#", CultureInfo.InvariantCulture) + "分" : "—";

    public static string Average(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "—";

    public static string Percent(double? share) => share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) : "";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Count(int count) => count.ToString(CultureInfo.InvariantCulture) + "件";
}
