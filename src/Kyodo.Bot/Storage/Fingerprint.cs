using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Kyodo.Bot.Storage;

/// <summary>
/// A 128-bit fingerprint of a list of strings (XXH128): equal lists give equal fingerprints, and different lists
/// practically never do (about one chance in 2^64 among billions of them). A null part differs from an empty one,
/// and ("ab", "c") from ("a", "bc"). Never zero, so zero can mean "no fingerprint".
/// </summary>
public static class Fingerprint
{
    [ThreadStatic] private static XxHash128? t_hash;

    public static UInt128 Of(params ReadOnlySpan<string?> parts)
    {
        var hash = t_hash ??= new XxHash128();
        hash.Reset();
        Span<byte> length = stackalloc byte[sizeof(int)];
        foreach (var part in parts)
        {
            BinaryPrimitives.WriteInt32LittleEndian(length, part?.Length ?? -1);
            hash.Append(length);
            if (part is not null) hash.Append(MemoryMarshal.AsBytes(part.AsSpan()));
        }
        var value = hash.GetCurrentHashAsUInt128();
        return value == UInt128.Zero ? UInt128.One : value;
    }
}
