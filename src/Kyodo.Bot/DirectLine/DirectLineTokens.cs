using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Kyodo.Bot.DirectLine;

/// <summary>A token bound to one conversation (and the person's id), signed with a key that lives only in this process.</summary>
public sealed record DirectLineToken(string ConversationId, string UserId, DateTimeOffset ExpiresAt);

public enum TokenCheck { Valid, Invalid, Expired }

public sealed class DirectLineTokens(TimeProvider clock)
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public string Issue(DirectLineToken token)
    {
        var payload = $"{token.ConversationId}\n{token.UserId}\n{token.ExpiresAt.ToUnixTimeSeconds()}";
        var bytes = Encoding.UTF8.GetBytes(payload);
        return $"{WebEncoders.Base64UrlEncode(bytes)}.{WebEncoders.Base64UrlEncode(HMACSHA256.HashData(_key, bytes))}";
    }

    public (TokenCheck Check, DirectLineToken? Token) Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Split('.') is not [var payloadPart, var signaturePart]) return (TokenCheck.Invalid, null);
        try
        {
            var payload = WebEncoders.Base64UrlDecode(payloadPart);
            var signature = WebEncoders.Base64UrlDecode(signaturePart);
            if (!CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(_key, payload))) return (TokenCheck.Invalid, null);
            var parts = Encoding.UTF8.GetString(payload).Split('\n');
            if (parts.Length != 3 || !long.TryParse(parts[2], out var expires)) return (TokenCheck.Invalid, null);
            var read = new DirectLineToken(parts[0], parts[1], DateTimeOffset.FromUnixTimeSeconds(expires));
            return (read.ExpiresAt <= clock.GetUtcNow() ? TokenCheck.Expired : TokenCheck.Valid, read);
        }
        catch (FormatException)
        {
            return (TokenCheck.Invalid, null);
        }
    }
}
