using FluentAssertions;
using Kyodo.Bot.Storage;
using Kyodo.Bot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace Kyodo.Bot.Tests.Storage;

public sealed class SqliteCheckpointerTests
{
    private const int Batches = 40;
    private const int RowsPerBatch = 25;
    private static readonly string Filler = new('x', 4_000);

    [Fact]
    public async Task A_checkpoint_copies_what_the_WAL_holds_into_the_file()
    {
        var database = new SqliteDatabase(TempFiles.NewDatabasePath());
        await WriteBatchAsync(database, 0);

        database.Checkpoint().Should().BeGreaterThan(RowsPerBatch, "each row of 4,000 characters fills a page of its own");
    }

    [Fact]
    public async Task While_the_checkpointer_runs_the_WAL_starts_again_instead_of_growing()
    {
        var path = TempFiles.NewDatabasePath();
        var database = new SqliteDatabase(path);
        var checkpointer = new SqliteCheckpointer(database, NullLogger<SqliteCheckpointer>.Instance, TimeSpan.FromMilliseconds(20));
        await checkpointer.StartAsync(default);
        try
        {
            for (var batch = 0; batch < Batches; batch++)
            {
                await WriteBatchAsync(database, batch);
                // Two ticks, so that one checkpoint began after the batch was committed (a busy machine may delay a tick).
                var before = checkpointer.Checkpoints;
                var deadline = DateTime.UtcNow.AddSeconds(10);
                while (checkpointer.Checkpoints < before + 2 && DateTime.UtcNow < deadline) await Task.Delay(5);
                checkpointer.Checkpoints.Should().BeGreaterThanOrEqualTo(before + 2, "the checkpointer's thread ticks every 20 ms");
            }
        }
        finally
        {
            await checkpointer.StopAsync(default);
        }

        // About 4 MB were written; without checkpoints (SQLite's own wait for 64 MB) the WAL would hold all of it.
        var written = Batches * RowsPerBatch * Filler.Length;
        new FileInfo(path + "-wal").Length.Should().BeLessThan(written / 4);
    }

    [Fact]
    public async Task Commits_alone_leave_the_WAL_to_grow_until_their_own_bound()
    {
        var path = TempFiles.NewDatabasePath();
        var database = new SqliteDatabase(path);
        for (var batch = 0; batch < Batches; batch++) await WriteBatchAsync(database, batch);

        new FileInfo(path + "-wal").Length.Should().BeGreaterThan(Batches * RowsPerBatch * Filler.Length);
    }

    private static async Task WriteBatchAsync(SqliteDatabase database, int batch)
    {
        await database.ExecuteAsync("CREATE TABLE IF NOT EXISTS filler (id INTEGER PRIMARY KEY, text TEXT)", default);
        for (var row = 0; row < RowsPerBatch; row++)
            await database.ExecuteAsync("INSERT INTO filler (id, text) VALUES (@id, @text)", default, ("@id", batch * RowsPerBatch + row), ("@text", Filler));
    }
}
