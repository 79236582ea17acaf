using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Kyodo.Bot.Storage;

/// <summary>
/// A bounded memory of state documents (<see cref="SqlStateStore"/>) in one byte array allocated once, used as a ring:
/// each document is appended after the last with its key, and the oldest are overwritten when the ring comes round.
/// A document read from the older half is appended again, so the documents of active conversations stay whether
/// their turns write them or only read them. An index of fingerprints (<see cref="FingerprintMemory"/>) says where each
/// key's newest document starts and its version.
/// <para>
/// Why not a dictionary of arrays: under load the documents of thousands of conversations are replaced every second.
/// Kept as objects, every document written since the last collection survived it and was copied, and died later in the
/// GC's old generation, so each collection stopped every turn in flight for several milliseconds (bench/Load). Here a
/// read copies the document out into an array that dies young, and the ring itself, holding no references, costs the
/// GC nothing. Thread-safe.
/// </para>
/// </summary>
public sealed class DocumentMemory
{
    /// <summary>A record: the key's length in bytes, the document's length, the key (UTF-16), the document (UTF-8).</summary>
    private const int HeaderBytes = 2 * sizeof(int);

    /// <summary>About how many bytes a kept document takes at least, to size the index.</summary>
    private const int SmallestTypicalRecord = 512;

    private readonly byte[] _ring;
    private readonly FingerprintMemory _index;
    private readonly Lock _lock = new();

    /// <summary>Where the next record goes, counted from the start and never wrapped: records before <c>_head - ring length</c> are overwritten.</summary>
    private long _head;

    public DocumentMemory(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bytes, 1024);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bytes, Array.MaxLength);
        _ring = new byte[bytes];
        _index = new FingerprintMemory((int)Math.Max(1, bytes / SmallestTypicalRecord / 2));
    }

    /// <summary>The largest record kept: bigger documents are read from the database each time.</summary>
    private int LargestRecord => _ring.Length / 8;

    public bool TryGet(string key, out StoredDocument document)
    {
        var fingerprint = Fingerprint.Of(key);
        lock (_lock)
        {
            if (!TryFind(fingerprint, key, out var start, out var version))
            {
                document = null!;
                return false;
            }
            var keyBytes = BinaryPrimitives.ReadInt32LittleEndian(_ring.AsSpan(Physical(start)));
            var length = BinaryPrimitives.ReadInt32LittleEndian(_ring.AsSpan(Physical(start) + sizeof(int)));
            document = new StoredDocument(_ring.AsSpan(Physical(start) + HeaderBytes + keyBytes, length).ToArray(), version);
            if (start < _head - _ring.Length / 2) Append(fingerprint, key, document);
            return true;
        }
    }

    /// <summary>Keeps the newest version seen: a slow writer finishing late must not put back an older document.</summary>
    public void Remember(string key, StoredDocument document)
    {
        var fingerprint = Fingerprint.Of(key);
        lock (_lock)
        {
            if (TryFind(fingerprint, key, out _, out var version) && version >= document.Version) return;
            if (HeaderBytes + key.Length * sizeof(char) + document.Utf8.Length > LargestRecord) _index.Forget(fingerprint);
            else Append(fingerprint, key, document);
        }
    }

    public void Forget(string key)
    {
        var fingerprint = Fingerprint.Of(key);
        lock (_lock) _index.Forget(fingerprint);
    }

    public void Clear()
    {
        lock (_lock) _index.Clear();
    }

    private bool TryFind(UInt128 fingerprint, string key, out long start, out long version)
    {
        start = version = 0;
        if (!_index.TryGet(fingerprint, out var place)) return false;
        (start, version) = ((long)(ulong)(place >> 64), (long)(ulong)place);
        if (start < _head - _ring.Length)
        {
            _index.Forget(fingerprint);
            return false;
        }
        var keyBytes = BinaryPrimitives.ReadInt32LittleEndian(_ring.AsSpan(Physical(start)));
        // Fingerprints of different keys practically never meet; if they do, the other key's document is not this one.
        return _ring.AsSpan(Physical(start) + HeaderBytes, keyBytes).SequenceEqual(MemoryMarshal.AsBytes(key.AsSpan()));
    }

    private void Append(UInt128 fingerprint, string key, StoredDocument document)
    {
        var keyBytes = MemoryMarshal.AsBytes(key.AsSpan());
        var length = HeaderBytes + keyBytes.Length + document.Utf8.Length;
        if (Physical(_head) + length > _ring.Length) _head += _ring.Length - Physical(_head);   // a record never wraps
        var record = _ring.AsSpan(Physical(_head), length);
        BinaryPrimitives.WriteInt32LittleEndian(record, keyBytes.Length);
        BinaryPrimitives.WriteInt32LittleEndian(record[sizeof(int)..], document.Utf8.Length);
        keyBytes.CopyTo(record[HeaderBytes..]);
        document.Utf8.CopyTo(record[(HeaderBytes + keyBytes.Length)..]);
        _index.Remember(fingerprint, ((UInt128)(ulong)_head << 64) | (ulong)document.Version);
        _head += length;
    }

    private int Physical(long position) => (int)(position % _ring.Length);
}
