using Kyodo.Bot.Logging;

namespace Kyodo.Bot.Tests.Logging;

public sealed class PersonalDataMaskerTests
{
    [Theory]
    [InlineData("連絡先は 090-1234-5678 です", "連絡先は [phone] です")]
    [InlineData("電話 083-231-1826 まで", "電話 [phone] まで")]
    [InlineData("０９０１２３４５６７８にください", "[phone]にください")]
    [InlineData("+81 90-1234-5678", "[phone]")]
    [InlineData("mail: taro.yamada+npo@example.co.jp ok", "mail: [email] ok")]
    [InlineData("令和8年4月1日から3人で", "令和8年4月1日から3人で")]
    [InlineData("30万円の予算", "30万円の予算")]
    public void Phone_numbers_and_email_addresses_are_masked_other_numbers_are_not(string text, string expected)
    {
        PersonalDataMasker.Mask(text).Should().Be(expected);
    }
}
