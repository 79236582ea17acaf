using System.Security.Cryptography;
using System.Text;

namespace Kyodo.Bot.Channels.Line;

/// <summary>LINE signs each webhook body: Base64(HMAC-SHA256(channel secret, raw body)) in <c>X-Line-Signature</c>.</summary>
public static class LineSignature
{
    public const string Header = "X-Line-Signature";

    public static string Compute(ReadOnlySpan<byte> body, string channelSecret) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(channelSecret), body));

    /// <summary>Constant-time comparison, so the check leaks nothing about a forged signature.</summary>
    public static bool IsValid(ReadOnlySpan<byte> body, string? signature, string channelSecret)
    {
        if (string.IsNullOrEmpty(signature)) return false;
        var expected = Encoding.ASCII.GetBytes(Compute(body, channelSecret));
        var given = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
