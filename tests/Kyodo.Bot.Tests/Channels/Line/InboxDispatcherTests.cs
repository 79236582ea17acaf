using System.Collections.Concurrent;
using FluentAssertions;
using Kyodo.Bot.Channels.Line;
using Xunit;

namespace Kyodo.Bot.Tests.Channels.Line;

public class InboxDispatcherTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>Each event's processing waits until the test releases it; the test sees which are running.</summary>
    private sealed class HeldTurns
    {
        private readonly ConcurrentDictionary<long, TaskCompletionSource> _release = new();
        private readonly ConcurrentDictionary<long, TaskCompletionSource> _started = new();
        private int _running;

        public ConcurrentQueue<long> Order { get; } = new();
        public int MostAtOnce;

        public async Task ProcessAsync(InboxEvent stored)
        {
            var running = Interlocked.Increment(ref _running);
            InterlockedMax(ref MostAtOnce, running);
            Order.Enqueue(stored.Sequence);
            Started(stored.Sequence).TrySetResult();
            await Release(stored.Sequence).Task;
            Interlocked.Decrement(ref _running);
        }

        public Task StartedAsync(long sequence) => Started(sequence).Task.WaitAsync(Patience);

        public bool HasStarted(long sequence) => Started(sequence).Task.IsCompleted;

        public void Finish(long sequence) => Release(sequence).TrySetResult();

        private TaskCompletionSource Started(long sequence) => _started.GetOrAdd(sequence, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));

        private TaskCompletionSource Release(long sequence) => _release.GetOrAdd(sequence, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));

        private static void InterlockedMax(ref int target, int value)
        {
            for (var seen = target; value > seen; seen = target)
                if (Interlocked.CompareExchange(ref target, value, seen) == seen) return;
        }
    }

    private static InboxEvent Event(long sequence, string person) => new(sequence, $"e{sequence}", person, "{}");

    [Fact]
    public async Task A_person_whose_reply_hangs_does_not_hold_up_someone_claimed_later()
    {
        var turns = new HeldTurns();
        var dispatcher = new InboxDispatcher(parallelPeople: 8, capacity: 100, turns.ProcessAsync, () => { });

        dispatcher.Add([Event(1, "slow")], dispatcher.BeginClaim());
        await turns.StartedAsync(1);
        dispatcher.Add([Event(2, "quick")], dispatcher.BeginClaim());

        await turns.StartedAsync(2);
        turns.Finish(2);
        turns.Finish(1);
        await dispatcher.StoppedAsync().WaitAsync(Patience);
    }

    [Fact]
    public async Task One_persons_events_run_one_at_a_time_in_order()
    {
        var turns = new HeldTurns();
        var dispatcher = new InboxDispatcher(parallelPeople: 8, capacity: 100, turns.ProcessAsync, () => { });

        dispatcher.Add([Event(1, "a"), Event(2, "a")], dispatcher.BeginClaim());
        dispatcher.Add([Event(3, "a")], dispatcher.BeginClaim());
        await turns.StartedAsync(1);
        await Task.Delay(50);
        turns.HasStarted(2).Should().BeFalse("the person's first event is still running");

        foreach (var sequence in new long[] { 1, 2, 3 })
        {
            await turns.StartedAsync(sequence);
            turns.Finish(sequence);
        }
        await dispatcher.StoppedAsync().WaitAsync(Patience);
        turns.Order.Should().Equal(1, 2, 3);
        turns.MostAtOnce.Should().Be(1);
    }

    [Fact]
    public async Task No_more_people_run_at_once_than_allowed_and_the_next_starts_when_one_finishes()
    {
        var turns = new HeldTurns();
        var dispatcher = new InboxDispatcher(parallelPeople: 2, capacity: 100, turns.ProcessAsync, () => { });

        dispatcher.Add([Event(1, "a"), Event(2, "b"), Event(3, "c")], dispatcher.BeginClaim());
        await turns.StartedAsync(1);
        await turns.StartedAsync(2);
        await Task.Delay(50);
        turns.HasStarted(3).Should().BeFalse("two people are already running");

        turns.Finish(1);
        await turns.StartedAsync(3);
        turns.Finish(2);
        turns.Finish(3);
        await dispatcher.StoppedAsync().WaitAsync(Patience);
        turns.MostAtOnce.Should().Be(2);
    }

    [Fact]
    public async Task An_event_is_taken_once_though_claims_return_it_again()
    {
        var turns = new HeldTurns();
        var dispatcher = new InboxDispatcher(parallelPeople: 8, capacity: 100, turns.ProcessAsync, () => { });

        dispatcher.Add([Event(1, "a")], dispatcher.BeginClaim()).Should().Be(1);
        dispatcher.Add([Event(1, "a")], dispatcher.BeginClaim()).Should().Be(0, "it is still running");

        var claimDuringTheTurn = dispatcher.BeginClaim();
        await turns.StartedAsync(1);
        turns.Finish(1);
        await dispatcher.StoppedAsync().WaitAsync(Patience);
        dispatcher.Add([Event(1, "a")], claimDuringTheTurn).Should().Be(0, "that claim may have read the event before it was marked done");

        dispatcher.Add([Event(1, "a")], dispatcher.BeginClaim()).Should().Be(1, "a claim begun after it finished returns it only if it is still pending: a retry");
        turns.Finish(1);
        await dispatcher.StoppedAsync().WaitAsync(Patience);
        turns.Order.Should().Equal(1, 1);
    }

    [Fact]
    public async Task Once_full_it_says_when_there_is_room_again()
    {
        var turns = new HeldTurns();
        var room = 0;
        var dispatcher = new InboxDispatcher(parallelPeople: 8, capacity: 2, turns.ProcessAsync, () => Interlocked.Increment(ref room));
        dispatcher.IsBusy.Should().BeFalse();

        dispatcher.Add([Event(1, "a")], dispatcher.BeginClaim());
        dispatcher.IsFull.Should().BeFalse();
        dispatcher.IsBusy.Should().BeTrue();
        dispatcher.Add([Event(2, "b")], dispatcher.BeginClaim());
        dispatcher.IsFull.Should().BeTrue();

        await turns.StartedAsync(1);
        turns.Finish(1);
        await turns.StartedAsync(2);
        turns.Finish(2);
        await dispatcher.StoppedAsync().WaitAsync(Patience);
        dispatcher.IsFull.Should().BeFalse();
        dispatcher.IsBusy.Should().BeFalse("every event is done");
        room.Should().Be(1, "only the step from full to not full is announced");
    }
}
