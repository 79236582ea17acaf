using System.Threading.RateLimiting;

namespace Kyodo.Bot.Conversation;

/// <summary>
/// Keeps one person's flood of messages from crowding out everyone else: each person (channel + user id) has a token
/// bucket; a turn over the limit is not run, and the person is told once per minute to slow down. Per instance.
/// </summary>
public sealed class PersonRateLimiter(BotLimits limits) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _turns = PartitionedRateLimiter.Create<string, string>(person =>
        RateLimitPartition.GetTokenBucketLimiter(person, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limits.TurnBurstPerPerson,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / Math.Max(1, limits.TurnsPerMinutePerPerson),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    private readonly PartitionedRateLimiter<string> _notices = PartitionedRateLimiter.Create<string, string>(person =>
        RateLimitPartition.GetFixedWindowLimiter(person, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = 1,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public enum Decision { Run, SayToSlowDown, Drop }

    public Decision Check(string person)
    {
        using var lease = _turns.AttemptAcquire(person);
        if (lease.IsAcquired) return Decision.Run;
        using var notice = _notices.AttemptAcquire(person);
        return notice.IsAcquired ? Decision.SayToSlowDown : Decision.Drop;
    }

    public void Dispose()
    {
        _turns.Dispose();
        _notices.Dispose();
    }
}
