using Kyodo.Bot.Handoff.Console.Stats;

namespace Kyodo.Bot.Tests.Handoff.Console.Stats;

public sealed class CsvTextTests
{
    [Theory]
    [InlineData("平文", "平文")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("+81 90", "'+81 90")]
    [InlineData("-3", "-3")]
    [InlineData("", "")]
    public void Cells_are_quoted_when_needed_and_formulas_are_defused(string value, string expected) =>
        CsvText.Cell(value).Should().Be(expected);

    [Fact]
    public void Rows_end_with_crlf_and_the_bytes_start_with_a_bom()
    {
        var csv = new CsvText().Row("a", null, "c").Row("d");

        csv.ToString().Should().Be("a,,c\r\nd\r\n");
        csv.ToBytes().Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
    }
}
