using System.Data;
using System.Data.Common;
using Kyodo.Bot.Channels.Line;
using Kyodo.Bot.Storage;
using Kyodo.Bot.Tests.Support;

namespace Kyodo.Bot.Tests.Channels.Line;

public sealed class LineInboxFollowingTests
{
    [Fact]
    public async Task A_lookup_that_read_before_an_unfollow_does_not_remember_the_person_as_following()
    {
        var database = new HeldReadDatabase(TempFiles.NewDatabasePath());
        var inbox = new LineInbox(database);
        (await inbox.HasUnfollowedAsync("U0", default)).Should().BeFalse();   // creates the schema

        var release = new TaskCompletionSource();
        database.HoldNextRead(release.Task);
        var lookup = inbox.HasUnfollowedAsync("U1", default);
        await database.ReadIsHeld.WaitAsync(TimeSpan.FromSeconds(10));   // it has read "follows" and not remembered it yet

        await inbox.SetFollowingAsync("U1", following: false, default);
        release.SetResult();
        (await lookup).Should().BeFalse("it read before the unfollow");

        (await inbox.HasUnfollowedAsync("U1", default)).Should().BeTrue("the unfollow is recorded, and the lookup that raced it remembered nothing");
    }

    [Fact]
    public async Task A_lookup_with_no_unfollow_in_between_is_remembered()
    {
        var database = new HeldReadDatabase(TempFiles.NewDatabasePath());
        var inbox = new LineInbox(database);
        (await inbox.HasUnfollowedAsync("U1", default)).Should().BeFalse();

        await database.ExecuteAsync("INSERT INTO line_followers (user_id, unfollowed_at) VALUES ('U1', 'behind the memory')", default);

        (await inbox.HasUnfollowedAsync("U1", default)).Should().BeFalse("the person is remembered as following, so the table is not asked");
    }

    /// <summary>SQLite whose next connection, once told, is held open after its query until the test releases it.</summary>
    private sealed class HeldReadDatabase(string path) : SqliteDatabase(path)
    {
        private Task? _hold;
        private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task ReadIsHeld => _held.Task;

        public void HoldNextRead(Task release) => _hold = release;

        protected override async Task<DbConnection> ConnectAsync(CancellationToken cancellationToken)
        {
            var connection = await base.ConnectAsync(cancellationToken);
            var hold = Interlocked.Exchange(ref _hold, null);
            return hold is null ? connection : new HeldOnClose(connection, hold, _held);
        }
    }

    private sealed class HeldOnClose(DbConnection inner, Task release, TaskCompletionSource held) : DbConnection
    {
        public override async ValueTask DisposeAsync()
        {
            held.TrySetResult();
            await release;
            await inner.DisposeAsync();
        }

        [System.Diagnostics.CodeAnalysis.AllowNull]
        public override string ConnectionString { get => inner.ConnectionString; set => inner.ConnectionString = value; }
        public override string Database => inner.Database;
        public override string DataSource => inner.DataSource;
        public override string ServerVersion => inner.ServerVersion;
        public override ConnectionState State => inner.State;
        public override void ChangeDatabase(string databaseName) => inner.ChangeDatabase(databaseName);
        public override void Close() => inner.Close();
        public override void Open() => inner.Open();
        protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) => inner.BeginTransaction(isolationLevel);
        protected override DbCommand CreateDbCommand() => inner.CreateCommand();
    }
}
