using System.Collections.Concurrent;

namespace Kyodo.Bot.Conversation;

/// <summary>
/// Keeps one person's flood of messages from crowding out everyone else: each person (channel + user id) has a token
/// bucket; a turn over the limit is not run, and the person is told once per minute to slow down. Per instance.
/// A bucket is refilled when it is next used (no timers) and dropped once it is full again, so memory follows the
/// people who wrote in the last few seconds, not everyone who ever wrote (bench/Load, memory phase).
/// </summary>
public sealed class PersonRateLimiter(BotLimits limits, TimeProvider clock)
{
    private static readonly TimeSpan NoticeWindow = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly double _tokensPerSecond = Math.Max(1, limits.TurnsPerMinutePerPerson) / 60.0;
    private readonly int _burst = Math.Max(1, limits.TurnBurstPerPerson);
    private long _nextSweepTicks;

    public PersonRateLimiter(BotLimits limits) : this(limits, TimeProvider.System) { }

    public enum Decision { Run, SayToSlowDown, Drop }

    public Decision Check(string person)
    {
        var now = clock.GetUtcNow();
        SweepIfDue(now);
        while (true)
        {
            var bucket = _buckets.GetOrAdd(person, _ => new Bucket(_burst, now));
            lock (bucket)
            {
                if (bucket.Dropped) continue;
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
    }

    /// <summary>How many people have a bucket now (tests).</summary>
    internal int Tracked => _buckets.Count;

    private void SweepIfDue(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweepTicks, (now + SweepInterval).UtcTicks, due) != due) return;
        foreach (var (person, bucket) in _buckets)
        {
            lock (bucket)
            {
                bucket.Refill(now, _burst, _tokensPerSecond);
                var noticeOver = bucket.NoticedAt is not { } noticed || now - noticed >= NoticeWindow;
                if (bucket.Tokens < _burst || !noticeOver) continue;
                // A full bucket is the same as none: drop it (a turn holding it at this moment retries with a new one).
                bucket.Dropped = true;
                _buckets.TryRemove(new KeyValuePair<string, Bucket>(person, bucket));
            }
        }
    }

    private sealed class Bucket(int tokens, DateTimeOffset at)
    {
        public double Tokens { get; set; } = tokens;
        public DateTimeOffset RefilledAt { get; private set; } = at;
        public DateTimeOffset? NoticedAt { get; set; }
        public bool Dropped { get; set; }

        public void Refill(DateTimeOffset now, int burst, double tokensPerSecond)
        {
            if (now <= RefilledAt) return;
            Tokens = Math.Min(burst, Tokens + (now - RefilledAt).TotalSeconds * tokensPerSecond);
            RefilledAt = now;
        }
    }
}
