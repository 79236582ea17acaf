using Kyodo.Bot.Conversation;

namespace Kyodo.Bot.Tests.Conversation;

public sealed class KeyedLockTests
{
    [Fact]
    public async Task Holders_of_one_key_run_one_at_a_time_while_other_keys_proceed()
    {
        var locks = new KeyedLock();
        var first = await locks.AcquireAsync("a", default);

        var sameKey = locks.AcquireAsync("a", default);
        var otherKey = locks.AcquireAsync("b", default);

        (await otherKey).Dispose();
        sameKey.IsCompleted.Should().BeFalse();
        first.Dispose();
        (await sameKey.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task A_cancelled_wait_does_not_leave_the_key_locked()
    {
        var locks = new KeyedLock();
        var held = await locks.AcquireAsync("a", default);
        using var cancel = new CancellationTokenSource();

        var waiting = locks.AcquireAsync("a", cancel.Token);
        cancel.Cancel();
        await FluentActions.Awaiting(() => waiting).Should().ThrowAsync<OperationCanceledException>();
        held.Dispose();

        (await locks.AcquireAsync("a", default).WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }
}
