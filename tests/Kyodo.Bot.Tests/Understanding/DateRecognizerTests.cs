using Kyodo.Bot.Guidance;

namespace Kyodo.Bot.Tests.Understanding;

public sealed class DateRecognizerTests
{
    private static readonly DateOnly Reference = new(2026, 2, 15);

    private static DateRange? Read(string text, DateOnly? reference = null) =>
        DateRecognizer.Recognize(text, reference ?? Reference, RealContent.Value.Content.Dates, RealContent.Value.Content.Numerals);

    [Theory]
    [InlineData("来月", "2026-03-01", "2026-03-31", DateKind.Month)]
    [InlineData("今月中に", "2026-02-01", "2026-02-28", DateKind.Month)]
    [InlineData("再来月から", "2026-04-01", "2026-04-30", DateKind.Month)]
    [InlineData("4月から", "2026-04-01", "2026-04-30", DateKind.Month)]
    [InlineData("４月１０日", "2026-04-10", "2026-04-10", DateKind.Day)]
    [InlineData("1月に始めたい", "2027-01-01", "2027-01-31", DateKind.Month)]
    [InlineData("令和8年度", "2026-04-01", "2027-03-31", DateKind.FiscalYear)]
    [InlineData("令和八年度から", "2026-04-01", "2027-03-31", DateKind.FiscalYear)]
    [InlineData("R8年度", "2026-04-01", "2027-03-31", DateKind.FiscalYear)]
    [InlineData("令和元年", "2019-01-01", "2019-12-31", DateKind.Year)]
    [InlineData("令和9年4月", "2027-04-01", "2027-04-30", DateKind.Month)]
    [InlineData("2026年度", "2026-04-01", "2027-03-31", DateKind.FiscalYear)]
    [InlineData("2026年5月3日", "2026-05-03", "2026-05-03", DateKind.Day)]
    [InlineData("来年度", "2026-04-01", "2027-03-31", DateKind.FiscalYear)]
    [InlineData("今年度中", "2025-04-01", "2026-03-31", DateKind.FiscalYear)]
    [InlineData("来年", "2027-01-01", "2027-12-31", DateKind.Year)]
    [InlineData("来年の4月", "2027-04-01", "2027-04-30", DateKind.Month)]
    public void Reads_dates_relative_to_the_reference_day(string text, string start, string end, DateKind kind)
    {
        var range = Read(text);

        range.Should().Be(new DateRange(DateOnly.Parse(start), DateOnly.Parse(end), kind));
    }

    [Fact]
    public void The_fiscal_year_turns_in_april()
    {
        Read("来年度", new DateOnly(2026, 4, 1))!.Start.Should().Be(new DateOnly(2027, 4, 1));
        Read("来年度", new DateOnly(2026, 3, 31))!.Start.Should().Be(new DateOnly(2026, 4, 1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("そのうち")]
    [InlineData("13月")]
    [InlineData("2月30日")]
    public void No_date_is_null(string text) => Read(text).Should().BeNull();
}
