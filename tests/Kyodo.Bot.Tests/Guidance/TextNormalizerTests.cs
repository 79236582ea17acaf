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

    [Fact]
    public void Each_text_gets_its_own_form_when_texts_alternate()
    {
        // The same string normalized again is answered from memory; an equal or different one is not mistaken for it.
        var first = "ボランティア";
        var second = new string("ＡＢＣ".AsSpan());

        TextNormalizer.Normalize(first).Should().Be("ぼらんてぃあ");
        TextNormalizer.Normalize(first).Should().Be("ぼらんてぃあ");
        TextNormalizer.Normalize(second).Should().Be("abc");
        TextNormalizer.Normalize(first).Should().Be("ぼらんてぃあ");
        TextNormalizer.Normalize(new string("ｶﾀｶﾅ".AsSpan())).Should().Be("かたかな");
        TextNormalizer.Normalize(second).Should().Be("abc");
    }
}
