using Kyodo.Bot.Guidance;

namespace Kyodo.Bot.Tests.Guidance;

public class DeskRouterTests
{
    [Theory]
    [InlineData("山口県", "下関市", "shimonoseki")]
    [InlineData("山口県", "山陽小野田市", "ube")]
    [InlineData("山口県", "萩市", "yamaguchi")]
    [InlineData("山口県", null, "yamaguchi")]
    [InlineData("山口県", "", "yamaguchi")]
    [InlineData("群馬県", "前橋市", "gunma")]
    [InlineData("広島県", "府中市", "fuchu_hiroshima")]
    [InlineData(" 山口県 ", " 下関市", "shimonoseki")]
    public void Municipality_desk_first_then_the_prefecture_desk(string prefecture, string? municipality, string expected) =>
        DeskRouter.For(SampleContent.Desks, prefecture, municipality)!.Id.Should().Be(expected);

    [Theory]
    [InlineData("広島県", "三原市")]   // Hiroshima has only a municipal desk
    [InlineData("東京都", "府中市")]   // same name as Hiroshima's 府中市, other prefecture
    [InlineData("福岡県", null)]
    public void No_desk_is_null(string prefecture, string? municipality) =>
        DeskRouter.For(SampleContent.Desks, prefecture, municipality).Should().BeNull();
}
