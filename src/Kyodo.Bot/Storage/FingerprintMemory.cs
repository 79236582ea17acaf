using System.Numerics;

namespace Kyodo.Bot.Storage;

/// <summary>
/// Remembers, for keys seen recently, a fingerprint of the value each had (<see cref="Fingerprint"/>): "this
/// conversation's reference was saved as it is now", "this conversation has no open ticket". Its slots are allocated
/// once, in groups of two: a key goes into its group's less recently used slot, so a key may be forgotten early (when
/// full, about 4 % of the keys were pushed out of a group by two others), which costs only what remembering it saved. Nothing is allocated per entry, so the thousands of entries
/// replaced every minute under load leave no garbage in the GC's old generation (a dictionary of objects did: they
/// outlived a few collections, were promoted, and died there; bench/Load memory phase). Thread-safe.
/// </summary>
public sealed class FingerprintMemory
{
    private readonly record struct Slot(UInt128 Key, UInt128 Value);

    private readonly Slot[] _slots;
    /// <summary>Per group: which of its two slots was used last.</summary>
    private readonly byte[] _lastUsed;
    private readonly int _groupMask;
    private readonly Lock _lock = new();

    /// <param name="capacity">How many keys it is meant to hold: it has a group of two slots for each (rounded up to a power of two).</param>
    public FingerprintMemory(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        var groups = (int)BitOperations.RoundUpToPowerOf2((uint)capacity);
        _slots = new Slot[groups * 2];
        _lastUsed = new byte[groups];
        _groupMask = groups - 1;
    }

    /// <summary>Whether <paramref name="key"/> is remembered with exactly <paramref name="value"/>.</summary>
    public bool Has(UInt128 key, UInt128 value)
    {
        var group = Group(key);
        lock (_lock)
        {
            var way = Find(group, key);
            if (way < 0 || _slots[group * 2 + way].Value != value) return false;
            _lastUsed[group] = (byte)way;
            return true;
        }
    }

    /// <summary>The value remembered for <paramref name="key"/>, if it is remembered.</summary>
    public bool TryGet(UInt128 key, out UInt128 value)
    {
        var group = Group(key);
        lock (_lock)
        {
            var way = Find(group, key);
            value = way < 0 ? default : _slots[group * 2 + way].Value;
            if (way < 0) return false;
            _lastUsed[group] = (byte)way;
            return true;
        }
    }

    public void Remember(UInt128 key, UInt128 value)
    {
        var group = Group(key);
        lock (_lock)
        {
            var way = Find(group, key);
            if (way < 0) way = 1 - _lastUsed[group];
            _slots[group * 2 + way] = new Slot(key, value);
            _lastUsed[group] = (byte)way;
        }
    }

    public void Forget(UInt128 key)
    {
        var group = Group(key);
        lock (_lock)
        {
            var way = Find(group, key);
            if (way >= 0) _slots[group * 2 + way] = default;
        }
    }

    public void Clear()
    {
        lock (_lock) Array.Clear(_slots);
    }

    private int Group(UInt128 key) => (int)((ulong)key & (ulong)_groupMask);

    private int Find(int group, UInt128 key) =>
        _slots[group * 2].Key == key ? 0 : _slots[group * 2 + 1].Key == key ? 1 : -1;
}
