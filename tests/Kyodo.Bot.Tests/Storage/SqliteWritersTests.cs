using System.Data.Common;
using System.Runtime.InteropServices;
using Kyodo.Bot.Storage;
using Kyodo.Bot.Tests.Support;

namespace Kyodo.Bot.Tests.Storage;

public sealed class SqliteWritersTests
{
    [Fact]
    public async Task A_state_write_waits_for_a_small_write_in_the_process_not_in_sqlites_busy_handler()
    {
        var database = new BusyCountingDatabase(TempFiles.NewDatabasePath());
        await using var store = new SqlStateStore(database);
        await store.WriteAsync([new StateWrite("warm-up", "{}", 0)], default);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var smallWrite = database.SmallWrites.RunAsync(async group =>
        {
            writing.SetResult();
            await release.Task;
            return await group.Command("INSERT INTO line_followers (user_id, unfollowed_at) VALUES (@user, @at)", ("@user", "U1"), ("@at", "x")).ExecuteNonQueryAsync();
        }, default);
        await writing.Task;
        var stateWrite = store.WriteAsync([new StateWrite("conversation", "turn", 0)], default);
        await Task.Delay(100);   // long enough for a writer let into SQLite to call the busy handler many times
        release.SetResult();
        await Task.WhenAll(smallWrite, stateWrite);

        database.BusyWaits.Should().Be(0);
        (await store.ReadAsync("conversation", default)).Should().Be(new StoredDocument("turn", 1));
        Convert.ToInt64(await database.ScalarAsync("SELECT count(*) FROM line_followers", default)).Should().Be(1);
    }

    [Fact]
    public async Task A_writer_outside_the_group_commits_still_waits_in_sqlites_busy_handler()
    {
        var database = new BusyCountingDatabase(TempFiles.NewDatabasePath());
        await using var store = new SqlStateStore(database);
        await store.WriteAsync([new StateWrite("warm-up", "{}", 0)], default);

        await using (var holder = await database.OpenAsync(default))
        await using (var hold = await holder.BeginTransactionAsync())
        {
            var blocked = store.WriteAsync([new StateWrite("conversation", "turn", 0)], default);
            await Task.Delay(100);
            await hold.RollbackAsync();
            await blocked;
        }

        database.BusyWaits.Should().BeGreaterThan(0, "the count sees a writer that finds another writing");
    }

    /// <summary>
    /// SQLite whose busy handler counts its calls (each one a writer that found another writing) and retries a
    /// millisecond later. The count is the process's (a native callback has no instance): read as a difference.
    /// </summary>
    private sealed class BusyCountingDatabase(string path) : SqliteDatabase(path)
    {
        private static int s_busyWaits;
        private static readonly BusyHandler CountAndRetry = (_, _) =>
        {
            Interlocked.Increment(ref s_busyWaits);
            Thread.Sleep(1);
            return 1;
        };
        private readonly int _busyWaitsBefore = Volatile.Read(ref s_busyWaits);

        public int BusyWaits => Volatile.Read(ref s_busyWaits) - _busyWaitsBefore;

        protected override async Task<DbConnection> ConnectAsync(CancellationToken cancellationToken)
        {
            var connection = (Microsoft.Data.Sqlite.SqliteConnection)await base.ConnectAsync(cancellationToken);
            sqlite3_busy_handler(connection.Handle!.DangerousGetHandle(), CountAndRetry, IntPtr.Zero);
            return connection;
        }

        [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
        private delegate int BusyHandler(IntPtr argument, int calls);

        [DllImport("e_sqlite3")]
        private static extern int sqlite3_busy_handler(IntPtr database, BusyHandler handler, IntPtr argument);
    }
}
