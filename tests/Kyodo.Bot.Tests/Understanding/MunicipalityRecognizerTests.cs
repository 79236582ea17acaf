using Kyodo.Bot.Guidance;

namespace Kyodo.Bot.Tests.Understanding;

public sealed class MunicipalityRecognizerTests
{
    private static MunicipalityMatch? Find(string text) => MunicipalityRecognizer.Find(text, RealContent.Value.Content.Desks.Areas);

    [Theory]
    [InlineData("下関に住んでいます", "山口県", "下関市")]
    [InlineData("下関市です", "山口県", "下関市")]
    [InlineData("高崎市で活動しています", "群馬県", "高崎市")]
    [InlineData("ＮＰＯで山陽小野田市に", "山口県", "山陽小野田市")]
    [InlineData("萩に住んでます", "山口県", "萩市")]
    [InlineData("みなかみ町", "群馬県", "みなかみ町")]
    [InlineData("前橋", "群馬県", "前橋市")]
    public void Finds_the_municipality_in_free_text(string text, string prefecture, string municipality) =>
        Find(text).Should().Be(new MunicipalityMatch(prefecture, municipality));

    [Theory]
    [InlineData("群馬です", "群馬県")]
    [InlineData("山口県に住んでいます", "山口県")]
    [InlineData("山口に住んでいます", "山口県")]  // 山口県 or 山口市: the prefecture only
    public void A_prefecture_alone(string text, string prefecture) =>
        Find(text).Should().Be(new MunicipalityMatch(prefecture, null));

    [Theory]
    [InlineData("")]
    [InlineData("東京に住んでいます")]
    [InlineData("萩原さんと")]   // a one-character name inside a longer word is not the town
    public void Nothing_known_is_null(string text) => Find(text).Should().BeNull();
}
