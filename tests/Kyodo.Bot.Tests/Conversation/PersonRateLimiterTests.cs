using Kyodo.Bot.Conversation;
using Microsoft.Extensions.Time.Testing;
using static Kyodo.Bot.Conversation.PersonRateLimiter;

namespace Kyodo.Bot.Tests.Conversation;

public sealed class PersonRateLimiterTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-11-30T09:00:00+09:00"));

    private PersonRateLimiter Limiter(int burst, int perMinute) =>
        new(new BotLimits { TurnBurstPerPerson = burst, TurnsPerMinutePerPerson = perMinute }, _clock);

    [Fact]
    public void A_burst_is_served_then_the_person_is_told_once_and_the_rate_refills()
    {
        var limiter = Limiter(burst: 3, perMinute: 60);

        var decisions = Enumerable.Range(0, 6).Select(_ => limiter.Check("line", "U1")).ToArray();
        _clock.Advance(TimeSpan.FromSeconds(1));
        var afterASecond = limiter.Check("line", "U1");

        decisions.Should().Equal(Decision.Run, Decision.Run, Decision.Run, Decision.SayToSlowDown, Decision.Drop, Decision.Drop);
        afterASecond.Should().Be(Decision.Run, "one turn a second comes back");
        limiter.Check("line", "U2").Should().Be(Decision.Run, "another person is not affected");
        limiter.Check("msteams", "U1").Should().Be(Decision.Run, "the same id on another channel is another person");
    }

    [Fact]
    public void The_notice_is_repeated_at_most_once_a_minute()
    {
        var limiter = Limiter(burst: 1, perMinute: 1);
        limiter.Check("test", "p").Should().Be(Decision.Run);
        limiter.Check("test", "p").Should().Be(Decision.SayToSlowDown);

        _clock.Advance(TimeSpan.FromSeconds(30));
        limiter.Check("test", "p").Should().Be(Decision.Drop);
        _clock.Advance(TimeSpan.FromSeconds(29));
        limiter.Check("test", "p").Should().Be(Decision.Drop, "59 seconds at one a minute is not a whole turn yet");
        _clock.Advance(TimeSpan.FromSeconds(2));
        limiter.Check("test", "p").Should().Be(Decision.Run);
        limiter.Check("test", "p").Should().Be(Decision.SayToSlowDown, "the last notice was over a minute ago");
    }

    [Fact]
    public void People_whose_bucket_is_full_again_are_forgotten_and_a_flooding_person_is_not()
    {
        var limiter = Limiter(burst: 10, perMinute: 30);
        for (var i = 0; i < 1000; i++) limiter.Check("directline", $"u{i}");
        for (var i = 0; i < 11; i++) limiter.Check("directline", "flooder");
        limiter.Tracked.Should().Be(1001);

        _clock.Advance(TimeSpan.FromSeconds(3));
        limiter.Check("directline", "newcomer");

        limiter.Tracked.Should().Be(2, "the thousand used one turn each and refilled it in two seconds; the flooder has not");
        limiter.Check("directline", "flooder").Should().Be(Decision.Run, "three seconds gave the flooder one turn back, not ten");
        limiter.Check("directline", "flooder").Should().Be(Decision.Drop);
    }
}
