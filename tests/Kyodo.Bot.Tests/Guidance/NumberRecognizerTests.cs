using Kyodo.Bot.Guidance;

namespace Kyodo.Bot.Tests.Guidance;

public class NumberRecognizerTests
{
    [Theory]
    [InlineData("3", 3)]
    [InlineData("３", 3)]
    [InlineData("3団体", 3)]
    [InlineData("３団体です", 3)]
    [InlineData("3つ", 3)]
    [InlineData("12", 12)]
    [InlineData("②", 2)]
    [InlineData("三", 3)]
    [InlineData("三団体", 3)]
    [InlineData("全部で三団体です", 3)]
    [InlineData("十二", 12)]
    [InlineData("十", 10)]
    [InlineData("十三団体", 13)]
    [InlineData("いち", 1)]
    [InlineData("に団体", 2)]
    [InlineData("2、3団体", 2)]
    [InlineData("うちを含めて4団体", 4)]
    public void Recognizes(string text, int expected) =>
        NumberRecognizer.Recognize(text, SampleContent.Words).Should().Be(expected);

    [Theory]
    [InlineData("")]
    [InlineData("わからない")]
    [InlineData("たくさん")]
    [InlineData("ごめんなさい")]      // starts with the kana number word ご
    [InlineData("にぎやかな団体")]    // starts with the kana number word に
    [InlineData("99999999999999999999")]
    public void No_number_is_null(string text) => NumberRecognizer.Recognize(text, SampleContent.Words).Should().BeNull();
}
