using System.Globalization;
using System.Text;
using static Kyodo.Bot.Handoff.Console.DeskConsoleHtml;

namespace Kyodo.Bot.Handoff.Console.Stats;

/// <summary>
/// Bar charts as inline SVG, drawn on the server (no script, no external library): horizontal bars for counts by kind,
/// stacked columns for counts per week and channel. Every text goes through <see cref="DeskConsoleHtml.E"/>.
/// </summary>
public static class SvgBarChart
{
    private const int Width = 640;
    private const int LabelWidth = 190;
    private const int BarArea = 370;
    private const int RowHeight = 28;
    private const int BarHeight = 18;

    /// <summary>Colours that stay apart for colour-blind readers (Okabe–Ito), darkest first.</summary>
    public static readonly string[] Palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

    public static string Horizontal(string title, IReadOnlyList<ChartBar> bars)
    {
        if (bars.Count == 0) return NoData;
        var height = bars.Count * RowHeight + 8;
        var max = Math.Max(bars.Max(b => b.Value), 1e-9);
        var svg = Open(title, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = 4 + i * RowHeight;
            var length = bar.Value <= 0 ? 0 : Math.Max(2, bar.Value / max * BarArea);
            svg.Append($"<text x=\"{N(LabelWidth - 8)}\" y=\"{N(y + 14)}\" text-anchor=\"end\" font-size=\"13\">{E(Shorten(bar.Label, 16))}</text>")
                .Append($"<rect class=\"bar\" x=\"{N(LabelWidth)}\" y=\"{N(y)}\" width=\"{N(length)}\" height=\"{N(BarHeight)}\" fill=\"{Palette[0]}\"><title>{E(bar.Label)}: {E(bar.ValueText)}</title></rect>")
                .Append($"<text x=\"{N(LabelWidth + length + 6)}\" y=\"{N(y + 14)}\" font-size=\"13\">{E(bar.ValueText)}</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>One column per label (a week), each stacked from the series (channels), with a y axis and a legend.</summary>
    public static string StackedColumns(string title, IReadOnlyList<string> columnLabels, IReadOnlyList<ChartSeries> series)
    {
        if (columnLabels.Count == 0) return NoData;
        const int left = 40, top = 10, plotHeight = 180, axisHeight = 24, legendRow = 20;
        var legendHeight = ((series.Count + 3) / 4) * legendRow;
        var height = top + plotHeight + axisHeight + legendHeight + 6;
        var plotWidth = Width - left - 10;
        var totals = Enumerable.Range(0, columnLabels.Count).Select(c => series.Sum(s => s.Values[c])).ToArray();
        var max = Math.Max(1, totals.Max());
        var slot = (double)plotWidth / columnLabels.Count;
        var columnWidth = Math.Max(2, slot * 0.7);
        var svg = Open(title, height);

        foreach (var tick in new[] { 0, max / 2, max }.Distinct())
        {
            var y = top + plotHeight - tick / max * plotHeight;
            svg.Append($"<line x1=\"{N(left)}\" x2=\"{N(left + plotWidth)}\" y1=\"{N(y)}\" y2=\"{N(y)}\" stroke=\"#ccd\" stroke-width=\"1\"/>")
                .Append($"<text x=\"{N(left - 6)}\" y=\"{N(y + 4)}\" text-anchor=\"end\" font-size=\"11\">{N(tick)}</text>");
        }
        var every = (int)Math.Ceiling(columnLabels.Count / 12.0);
        for (var c = 0; c < columnLabels.Count; c++)
        {
            var x = left + c * slot + (slot - columnWidth) / 2;
            var bottom = (double)top + plotHeight;
            for (var s = 0; s < series.Count; s++)
            {
                var value = series[s].Values[c];
                if (value <= 0) continue;
                var h = value / max * plotHeight;
                bottom -= h;
                svg.Append($"<rect class=\"bar\" x=\"{N(x)}\" y=\"{N(bottom)}\" width=\"{N(columnWidth)}\" height=\"{N(h)}\" fill=\"{Palette[s % Palette.Length]}\"><title>{E(columnLabels[c])} {E(series[s].Name)}: {N(value)}</title></rect>");
            }
            if (c % every == 0)
                svg.Append($"<text x=\"{N(x + columnWidth / 2)}\" y=\"{N(top + plotHeight + 16)}\" text-anchor=\"middle\" font-size=\"11\">{E(columnLabels[c])}</text>");
        }
        for (var s = 0; s < series.Count; s++)
        {
            var x = left + (s % 4) * 150;
            var y = top + plotHeight + axisHeight + (s / 4) * legendRow;
            svg.Append($"<rect x=\"{N(x)}\" y=\"{N(y + 2)}\" width=\"12\" height=\"12\" fill=\"{Palette[s % Palette.Length]}\"/>")
                .Append($"<text x=\"{N(x + 18)}\" y=\"{N(y + 12)}\" font-size=\"12\">{E(series[s].Name)}</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    private const string NoData = "<p class=\"nodata\">この期間のデータはありません。</p>";

    private static StringBuilder Open(string title, int height) =>
        new StringBuilder($"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{E(title)}\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\">")
            .Append($"<title>{E(title)}</title>");

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
