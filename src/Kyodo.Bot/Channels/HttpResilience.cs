using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Kyodo.Bot.Channels;

/// <summary>
/// The Polly pipeline around every outbound call (LINE, Bot Connector, token endpoint): retry 429 and 5xx (and timeouts)
/// with jittered exponential backoff that honours Retry-After, a circuit breaker so a failing service is not hammered,
/// and a timeout per attempt.
/// Other 4xx answers are not retried: repeating them cannot succeed.
/// </summary>
public static class HttpResilience
{
    public const int MaxRetryAttempts = 3;
    private static readonly TimeSpan LongestRetryAfter = TimeSpan.FromSeconds(30);

    public static ResiliencePipeline<HttpResponseMessage> Build(TimeSpan attemptTimeout, TimeSpan baseDelay, TimeSpan? breakDuration = null)
    {
        var transient = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>()
            .HandleResult(r => r.StatusCode == HttpStatusCode.TooManyRequests || (int)r.StatusCode >= 500);

        return new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient,
                MaxRetryAttempts = MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = baseDelay,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient,
                FailureRatio = 0.5,
                MinimumThroughput = 4,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = breakDuration ?? TimeSpan.FromSeconds(30),
            })
            .AddTimeout(attemptTimeout)
            .Build();
    }

    /// <summary>LINE's Retry-After, when it sent one; null lets the backoff decide.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        var retryAfter = response?.Headers.RetryAfter;
        var delay = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return delay is { } d && d > TimeSpan.Zero ? (d < LongestRetryAfter ? d : LongestRetryAfter) : null;
    }
}
