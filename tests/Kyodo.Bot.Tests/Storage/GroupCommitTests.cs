using Kyodo.Bot.Storage;
using Kyodo.Bot.Tests.Support;

namespace Kyodo.Bot.Tests.Storage;

public sealed class GroupCommitTests
{
    private static GroupCommit.Write Follower(string userId) => async (connection, transaction) =>
    {
        await using var command = Database.Command(connection, transaction,
            "INSERT INTO line_followers (user_id, unfollowed_at) VALUES (@user, 'x')", ("@user", userId));
        return await command.ExecuteNonQueryAsync();
    };

    /// <summary>A write that, once it runs (<paramref name="running"/>), waits for <paramref name="release"/>: the test queues more meanwhile.</summary>
    private static GroupCommit.Write HeldUntil(Task release, GroupCommit.Write write, out Task running)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        running = started.Task;
        return async (connection, transaction) =>
        {
            started.TrySetResult();
            await release;
            return await write(connection, transaction);
        };
    }

    private static async Task<long> FollowersAsync(Database database) =>
        Convert.ToInt64(await database.ScalarAsync("SELECT count(*) FROM line_followers", default));

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Writes_queued_while_one_commits_share_the_next_transaction(string provider)
    {
        var database = TestDatabases.Create(provider);
        await database.ScalarAsync("SELECT 1", default);   // migrated before the test
        await using var writes = new GroupCommit(database);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = writes.RunAsync(HeldUntil(release.Task, Follower("first"), out var running), default);
        await running.WaitAsync(TimeSpan.FromSeconds(10));
        var queued = Enumerable.Range(0, 20).Select(i => writes.RunAsync(Follower($"u{i}"), default)).ToArray();
        release.SetResult();

        (await first).Should().Be(1);
        (await Task.WhenAll(queued)).Should().AllBeEquivalentTo(1);
        (await FollowersAsync(database)).Should().Be(21);
        writes.Transactions.Should().Be(2, "the twenty writes queued behind the first are committed together");
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_failing_write_fails_alone_and_the_rest_of_its_group_is_committed(string provider)
    {
        var database = TestDatabases.Create(provider);
        await using var writes = new GroupCommit(database);
        await writes.RunAsync(Follower("taken"), default);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = writes.RunAsync(HeldUntil(release.Task, Follower("first"), out var running), default);
        await running.WaitAsync(TimeSpan.FromSeconds(10));
        var good = writes.RunAsync(Follower("good"), default);
        var duplicate = writes.RunAsync(Follower("taken"), default);
        var alsoGood = writes.RunAsync(Follower("also-good"), default);
        release.SetResult();

        await first;
        (await good).Should().Be(1);
        (await alsoGood).Should().Be(1);
        await FluentActions.Awaiting(() => duplicate).Should().ThrowAsync<System.Data.Common.DbException>();
        (await FollowersAsync(database)).Should().Be(4);
    }
}
