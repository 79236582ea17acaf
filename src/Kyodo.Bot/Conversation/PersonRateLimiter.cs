using System.Runtime.InteropServices;
using Kyodo.Bot.Storage;

namespace Kyodo.Bot.Conversation;

/// <summary>
/// Keeps one person's flood of messages from crowding out everyone else: each person (channel + user id) has a token
/// bucket; a turn over the limit is not run, and the person is told once per minute to slow down. Per instance.
/// A bucket is refilled when it is next used (no timers) and dropped once it is full again, so memory follows the
/// people who wrote in the last few seconds, not everyone who ever wrote (bench/Load, memory phase).
/// The buckets are values in one dictionary keyed by the person's fingerprint: a bucket lives a few seconds, longer
/// than a collection or two, so as objects they died in the GC's old generation by the thousand (bench/Load,
/// thirteenth round).
/// </summary>
public sealed class PersonRateLimiter(BotLimits limits, TimeProvider clock)
{
    private static readonly TimeSpan NoticeWindow = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(1);

    private readonly Dictionary<UInt128, Bucket> _buckets = [];
    private readonly Lock _lock = new();
    private readonly double _tokensPerSecond = Math.Max(1, limits.TurnsPerMinutePerPerson) / 60.0;
    private readonly int _burst = Math.Max(1, limits.TurnBurstPerPerson);
    private DateTimeOffset _nextSweep;

    public PersonRateLimiter(BotLimits limits) : this(limits, TimeProvider.System) { }

    public enum Decision { Run, SayToSlowDown, Drop }

    public Decision Check(string channelId, string userId)
    {
        var person = Fingerprint.Of(channelId, userId);
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            SweepIfDue(now);
            ref var bucket = ref CollectionsMarshal.GetValueRefOrAddDefault(_buckets, person, out var known);
            if (!known) bucket = new Bucket(_burst, now);
            bucket.Refill(now, _burst, _tokensPerSecond);
            if (bucket.Tokens >= 1)
            {
                bucket.Tokens -= 1;
                return Decision.Run;
            }
            if (bucket.NoticedAt is { } noticed && now - noticed < NoticeWindow) return Decision.Drop;
            bucket.NoticedAt = now;
            return Decision.SayToSlowDown;
        }
    }

    /// <summary>How many people have a bucket now (tests).</summary>
    internal int Tracked
    {
        get { lock (_lock) return _buckets.Count; }
    }

    private void SweepIfDue(DateTimeOffset now)
    {
        if (now < _nextSweep) return;
        _nextSweep = now + SweepInterval;
        foreach (var (person, bucket) in _buckets)
        {
            var refilled = bucket;
            refilled.Refill(now, _burst, _tokensPerSecond);
            var noticeOver = refilled.NoticedAt is not { } noticed || now - noticed >= NoticeWindow;
            // A full bucket is the same as none.
            if (refilled.Tokens >= _burst && noticeOver) _buckets.Remove(person);
        }
    }

    private struct Bucket(int tokens, DateTimeOffset at)
    {
        public double Tokens = tokens;
        public DateTimeOffset RefilledAt = at;
        public DateTimeOffset? NoticedAt;

        public void Refill(DateTimeOffset now, int burst, double tokensPerSecond)
        {
            if (now <= RefilledAt) return;
            Tokens = Math.Min(burst, Tokens + (now - RefilledAt).TotalSeconds * tokensPerSecond);
            RefilledAt = now;
        }
    }
}
