using Kyodo.Bot.Storage;
using Kyodo.Bot.Tests.Support;

namespace Kyodo.Bot.Tests.Storage;

public sealed class GroupCommitTests
{
    private static GroupCommit.Write Follower(string userId, List<System.Data.Common.DbCommand>? commands = null) => async group =>
    {
        var command = group.Command("INSERT INTO line_followers (user_id, unfollowed_at) VALUES (@user, @at)", ("@user", userId), ("@at", "x"));
        if (commands is not null) lock (commands) commands.Add(command);
        return await command.ExecuteNonQueryAsync();
    };

    /// <summary>A write that, once it runs (<paramref name="running"/>), waits for <paramref name="release"/>: the test queues more meanwhile.</summary>
    private static GroupCommit.Write HeldUntil(Task release, GroupCommit.Write write, out Task running)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        running = started.Task;
        return async group =>
        {
            started.TrySetResult();
            await release;
            return await write(group);
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
        var commands = new List<System.Data.Common.DbCommand>();
        var queued = Enumerable.Range(0, 20).Select(i => writes.RunAsync(Follower($"u{i}", commands), default)).ToArray();
        release.SetResult();

        (await first).Should().Be(1);
        (await Task.WhenAll(queued)).Should().AllBeEquivalentTo(1);
        (await FollowersAsync(database)).Should().Be(21);
        writes.Transactions.Should().Be(2, "the twenty writes queued behind the first are committed together");
        commands.Distinct().Should().ContainSingle("their one statement is prepared once for the group");
        (await database.ScalarAsync("SELECT count(DISTINCT user_id) FROM line_followers WHERE user_id LIKE 'u%'", default))
            .Should().BeEquivalentTo(20, "each ran with its own values");
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

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_statement_run_again_in_a_group_takes_nulls_and_values_in_any_order(string provider)
    {
        var database = TestDatabases.Create(provider);
        await using var writes = new GroupCommit(database);
        string?[] details = ["x", null, "y", null];

        await writes.RunAsync(async group =>
        {
            for (var i = 0; i < details.Length; i++)
            {
                await group.Command("INSERT INTO consultation_events (id, at, channel_id, kind, detail) VALUES (@id, @at, @channel, @kind, @detail)",
                    ("@id", $"e{i}"), ("@at", "2026-11-30T00:00:00Z"), ("@channel", "test"), ("@kind", "k"), ("@detail", details[i])).ExecuteNonQueryAsync();
            }
            return details.Length;
        }, default);

        for (var i = 0; i < details.Length; i++)
            (await database.ScalarAsync("SELECT detail FROM consultation_events WHERE id = @id", default, ("@id", $"e{i}"))).Should().Be(details[i]);
    }
}
