using Kyodo.Bot.Storage;
using Kyodo.Bot.Tests.Support;

namespace Kyodo.Bot.Tests.Storage;

/// <summary>The state store's contract, held by SQLite and PostgreSQL alike.</summary>
public sealed class StateStoreContractTests
{
    private static SqlStateStore Store(string provider) => new(TestDatabases.Create(provider));

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_new_key_reads_as_nothing_and_its_first_write_is_version_1(string provider)
    {
        var store = Store(provider);
        (await store.ReadAsync("test/conversations/a", default)).Should().BeNull();

        await store.WriteAsync([new StateWrite("test/conversations/a", "{\"x\":1}", 0)], default);

        var stored = await store.ReadAsync("test/conversations/a", default);
        stored.Should().Be(new StoredDocument("{\"x\":1}", 1));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_write_based_on_a_stale_version_is_detected_and_changes_nothing(string provider)
    {
        var store = Store(provider);
        await store.WriteAsync([new StateWrite("k", "first", 0)], default);
        await store.WriteAsync([new StateWrite("k", "second", 1)], default);

        var stale = () => store.WriteAsync([new StateWrite("k", "lost update", 1)], default);

        await stale.Should().ThrowAsync<ConcurrencyConflictException>().Where(e => e.Key == "k");
        (await store.ReadAsync("k", default)).Should().Be(new StoredDocument("second", 2));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Two_first_writes_of_the_same_key_conflict(string provider)
    {
        var store = Store(provider);
        await store.WriteAsync([new StateWrite("k", "one", 0)], default);

        var second = () => store.WriteAsync([new StateWrite("k", "two", 0)], default);

        await second.Should().ThrowAsync<ConcurrencyConflictException>();
        (await store.ReadAsync("k", default))!.Json.Should().Be("one");
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_conflict_in_one_document_rolls_back_the_whole_write(string provider)
    {
        var store = Store(provider);
        await store.WriteAsync([new StateWrite("user", "u1", 0)], default);

        var write = () => store.WriteAsync([new StateWrite("conversation", "c1", 0), new StateWrite("user", "u2", 0)], default);

        await write.Should().ThrowAsync<ConcurrencyConflictException>();
        (await store.ReadAsync("conversation", default)).Should().BeNull();
        (await store.ReadAsync("user", default))!.Json.Should().Be("u1");
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
