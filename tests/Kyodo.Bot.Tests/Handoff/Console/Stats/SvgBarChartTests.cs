using System.Globalization;
using System.Xml.Linq;
using Kyodo.Bot.Handoff.Console.Stats;

namespace Kyodo.Bot.Tests.Handoff.Console.Stats;

public sealed class SvgBarChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Horizontal_bars_are_as_long_as_their_share_of_the_largest_value()
    {
        var chart = XElement.Parse(SvgBarChart.Horizontal("結果", [new ChartBar("解決", 4, "4件"), new ChartBar("継続相談", 2, "2件"), new ChartBar("紹介", 0, "0件")]));

        var widths = chart.Elements(Svg + "rect").Select(r => double.Parse(r.Attribute("width")!.Value, CultureInfo.InvariantCulture)).ToArray();
        widths.Should().HaveCount(3);
        widths[1].Should().BeApproximately(widths[0] / 2, 0.1);
        widths[2].Should().Be(0);
        chart.Attribute("role")!.Value.Should().Be("img");
        chart.Element(Svg + "title")!.Value.Should().Be("結果");
    }

    [Fact]
    public void Labels_are_encoded_so_a_typed_text_cannot_become_markup()
    {
        var svg = SvgBarChart.Horizontal("<b>", [new ChartBar("<script>alert(1)</script>", 1, "1件")]);

        svg.Should().NotContain("<script>").And.Contain("&lt;script&gt;");
        XElement.Parse(svg).Should().NotBeNull("the chart is well-formed XML");
    }

    [Fact]
    public void Stacked_columns_put_each_channel_on_top_of_the_other_with_a_legend()
    {
        var svg = SvgBarChart.StackedColumns("週", ["11/2", "11/9"], [new ChartSeries("LINE", [2, 0]), new ChartSeries("Webチャット", [1, 1])]);
        var chart = XElement.Parse(svg);

        var bars = chart.Elements(Svg + "rect").Where(r => (string?)r.Attribute("class") == "bar").ToArray();
        bars.Should().HaveCount(3, "a zero is not drawn");
        double Number(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);
        var (line, web) = (bars[0], bars[1]);
        Number(web, "y").Should().BeApproximately(Number(line, "y") - Number(web, "height"), 0.2, "Web Chat sits on top of LINE in the same column");
        Number(line, "height").Should().BeApproximately(2 * Number(web, "height"), 0.2);
        chart.Elements(Svg + "text").Select(t => t.Value).Should().Contain(["LINE", "Webチャット", "11/2", "11/9"]);
    }

    [Fact]
    public void Coordinates_use_a_dot_whatever_the_threads_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var svg = SvgBarChart.Horizontal("x", [new ChartBar("a", 1, "1"), new ChartBar("b", 2, "2"), new ChartBar("c", 3, "3")]);
            svg.Should().NotMatchRegex("width=\"[0-9]+,[0-9]");
            XElement.Parse(svg).Elements(Svg + "rect").Select(r => r.Attribute("width")!.Value).Should().Contain(w => w.Contains('.'));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void No_bars_say_there_is_no_data_instead_of_an_empty_chart() =>
        SvgBarChart.Horizontal("x", []).Should().Contain("データはありません").And.NotContain("<svg");
}
