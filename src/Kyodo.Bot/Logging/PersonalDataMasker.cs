using System.Text.RegularExpressions;

namespace Kyodo.Bot.Logging;

/// <summary>
/// Masks personal data in text bound for logs: e-mail addresses and Japanese phone numbers (fixed, mobile, +81),
/// also when written with full-width digits. The bot never logs what people type; this catches what slips through
/// (exception messages, API error details).
/// </summary>
public static partial class PersonalDataMasker
{
    public const string EmailMask = "[email]";
    public const string PhoneMask = "[phone]";

    public static string Mask(string text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        var masked = Email().Replace(text, EmailMask);
        return Phone().Replace(masked, PhoneMask);
    }

    [GeneratedRegex(@"[\w.+\-]+@[\w\-]+(\.[\w\-]+)+")]
    private static partial Regex Email();

    // 0X-XXXX-XXXX, 0XXXXXXXXX(X), +81 X-XXXX-XXXX; hyphens, spaces or full-width digits as people type them.
    [GeneratedRegex(@"(\+81[\s\-]?|[0０])[0-9０-９]{1,4}[\s\-‐－ー]?[0-9０-９]{1,4}[\s\-‐－ー]?[0-9０-９]{3,4}(?![0-9０-９])")]
    private static partial Regex Phone();
}
