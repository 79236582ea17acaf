using Kyodo.Bot.Channels.Line;

namespace Kyodo.Bot.Tests.Channels.Line;

public sealed class LineInboxWorkerTests
{
    [Theory]
    [InlineData(false, 1, 0)]      // nothing running: an event is claimed at once, however soon after the last claim
    [InlineData(true, 1, 4)]       // events running: the claim waits out the spacing, to take several webhooks' events
    [InlineData(true, 5, 0)]
    [InlineData(true, 300, 0)]
    public void Claims_are_spaced_only_while_earlier_events_still_run(bool eventsRunning, int msSinceLastClaim, int expectedPauseMs)
    {
        LineInboxWorker.PauseBeforeClaim(TimeSpan.FromMilliseconds(msSinceLastClaim), eventsRunning)
            .Should().Be(TimeSpan.FromMilliseconds(expectedPauseMs));
    }
}
