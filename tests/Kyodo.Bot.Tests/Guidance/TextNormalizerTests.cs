using Kyodo.Bot.Guidance;

namespace Kyodo.Bot.Tests.Guidance;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("ＡＢＣ１２３", "abc123")]          // full-width latin and digits
    [InlineData("ｶﾀｶﾅ", "かたかな")]               // half-width katakana
    [InlineData("パートナー", "ぱーとなー")]        // katakana → hiragana, long vowel mark kept
    [InlineData("ボランティア", "ぼらんてぃあ")]     // voiced and small kana
    [InlineData("①番", "1番")]                     // circled digit
    [InlineData("協働とは？", "協働とは")]
    [InlineData("はい、そうです。", "はいそうです")]
    [InlineData("「協働」（きょうどう）…", "協働きょうどう")]
    [InlineData("NPO・ボランティア！", "npoぼらんてぃあ")]
    [InlineData("  は い\tです\n", "はいです")]      // spaces, full-width space, tab, newline
    [InlineData("Hello, World! (test)", "helloworldtest")]
    [InlineData("えっと〜～", "えっと")]
    [InlineData("", "")]
    public void Normalizes(string input, string expected) => TextNormalizer.Normalize(input).Should().Be(expected);

    [Fact]
    public void Kanji_are_kept() => TextNormalizer.Normalize("実行委員会").Should().Be("実行委員会");

    [Fact]
    public void Is_idempotent()
    {
        var once = TextNormalizer.Normalize("「パートナー」を探す①！");
        TextNormalizer.Normalize(once).Should().Be(once);
    }
}
