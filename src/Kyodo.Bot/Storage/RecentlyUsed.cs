using System.Runtime.InteropServices;

namespace Kyodo.Bot.Storage;

/// <summary>
/// A bounded memory of the entries used most recently: once their total weight passes the budget, the least recently
/// used go. Every operation is O(1) under one short lock (a cache that sorts its entries to make room costs a turn
/// dearly when thousands of conversations are active at once). Thread-safe.
/// </summary>
public sealed class RecentlyUsed<TKey, TValue> where TKey : notnull
{
    private readonly record struct Entry(TKey Key, TValue Value, long Weight);

    private readonly Dictionary<TKey, LinkedListNode<Entry>> _entries;
    private readonly LinkedList<Entry> _mostRecentFirst = new();
    private readonly Func<TKey, TValue, long> _weigh;
    private readonly long _budget;
    private long _weight;

    /// <param name="budget">The most the entries may weigh together.</param>
    /// <param name="weigh">An entry's weight; 1 when not given, so the budget counts entries.</param>
    public RecentlyUsed(long budget, Func<TKey, TValue, long>? weigh = null, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(budget);
        _budget = budget;
        _weigh = weigh ?? ((_, _) => 1);
        _entries = new Dictionary<TKey, LinkedListNode<Entry>>(comparer);
    }

    public int Count
    {
        get { lock (_entries) return _entries.Count; }
    }

    public bool TryGet(TKey key, out TValue value)
    {
        lock (_entries)
        {
            if (!_entries.TryGetValue(key, out var node))
            {
                value = default!;
                return false;
            }
            MoveToFront(node);
            value = node.Value.Value;
            return true;
        }
    }

    /// <summary>Keeps the value as the most recently used; an entry heavier than the whole budget is not kept.</summary>
    public void Set(TKey key, TValue value) => Set(key, value, keepKept: null);

    /// <summary>
    /// Keeps the value as the most recently used, unless <paramref name="keepKept"/> says the value kept now stays
    /// (decided under the same lock). One lookup: an entry kept already is changed where it is.
    /// </summary>
    public void Set(TKey key, TValue value, Func<TValue, bool>? keepKept)
    {
        var weight = _weigh(key, value);
        lock (_entries)
        {
            ref var node = ref CollectionsMarshal.GetValueRefOrAddDefault(_entries, key, out var kept);
            if (kept && keepKept?.Invoke(node!.Value.Value) == true)
            {
                MoveToFront(node);
                return;
            }
            if (weight > _budget)
            {
                RemoveLocked(key);
                return;
            }
            if (kept)
            {
                _weight -= node!.Value.Weight;
                node.Value = new Entry(key, value, weight);
                MoveToFront(node);
            }
            else node = _mostRecentFirst.AddFirst(new Entry(key, value, weight));
            _weight += weight;
            while (_weight > _budget) RemoveLocked(_mostRecentFirst.Last!.Value.Key);
        }
    }

    private void MoveToFront(LinkedListNode<Entry> node)
    {
        if (node == _mostRecentFirst.First) return;
        _mostRecentFirst.Remove(node);
        _mostRecentFirst.AddFirst(node);
    }

    public void Remove(TKey key)
    {
        lock (_entries) RemoveLocked(key);
    }

    public void Clear()
    {
        lock (_entries)
        {
            _entries.Clear();
            _mostRecentFirst.Clear();
            _weight = 0;
        }
    }

    private void RemoveLocked(TKey key)
    {
        if (!_entries.Remove(key, out var node) || node is null) return;   // null: added a moment ago, not in the list yet
        _mostRecentFirst.Remove(node);
        _weight -= node.Value.Weight;
    }
}
