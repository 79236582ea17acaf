using Kyodo.Bot.Storage;
using Kyodo.Bot.Tests.Support;

namespace Kyodo.Bot.Tests.Storage;

public sealed class SqlStateStoreTests
{
    private readonly SqlStateStore _store = new(TempFiles.NewDatabasePath());

    [Fact]
    public async Task A_new_key_reads_as_nothing_and_its_first_write_is_version_1()
    {
        (await _store.ReadAsync("test/conversations/a", default)).Should().BeNull();

        await _store.WriteAsync([new StateWrite("test/conversations/a", "{\"x\":1}", 0)], default);

        var stored = await _store.ReadAsync("test/conversations/a", default);
        stored.Should().Be(new StoredDocument("{\"x\":1}", 1));
    }

    [Fact]
    public async Task A_write_based_on_a_stale_version_is_detected_and_changes_nothing()
    {
        await _store.WriteAsync([new StateWrite("k", "first", 0)], default);
        await _store.WriteAsync([new StateWrite("k", "second", 1)], default);

        var stale = () => _store.WriteAsync([new StateWrite("k", "lost update", 1)], default);

        await stale.Should().ThrowAsync<ConcurrencyConflictException>().Where(e => e.Key == "k");
        (await _store.ReadAsync("k", default)).Should().Be(new StoredDocument("second", 2));
    }

    [Fact]
    public async Task Two_first_writes_of_the_same_key_conflict()
    {
        await _store.WriteAsync([new StateWrite("k", "one", 0)], default);

        var second = () => _store.WriteAsync([new StateWrite("k", "two", 0)], default);

        await second.Should().ThrowAsync<ConcurrencyConflictException>();
        (await _store.ReadAsync("k", default))!.Json.Should().Be("one");
    }

    [Fact]
    public async Task A_conflict_in_one_document_rolls_back_the_whole_write()
    {
        await _store.WriteAsync([new StateWrite("user", "u1", 0)], default);

        var write = () => _store.WriteAsync([new StateWrite("conversation", "c1", 0), new StateWrite("user", "u2", 0)], default);

        await write.Should().ThrowAsync<ConcurrencyConflictException>();
        (await _store.ReadAsync("conversation", default)).Should().BeNull();
        (await _store.ReadAsync("user", default))!.Json.Should().Be("u1");
    }

    [Fact]
    public async Task The_database_file_is_created_with_its_folder_and_is_reachable()
    {
        var path = TempFiles.NewDatabasePath();
        var store = new SqlStateStore(path);

        (await store.IsReachableAsync(default)).Should().BeTrue();
        File.Exists(path).Should().BeTrue();
    }
}
