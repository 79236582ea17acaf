using System.Data.Common;
using Kyodo.Bot.Stats;
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

    [SkippableFact]
    public async Task With_PostgreSQL_documents_are_kept_in_memory_only_while_the_other_instances_are_heard()
    {
        var database = TestDatabases.Create("Postgres");
        var store = new SqlStateStore(database);
        await store.WriteAsync([new StateWrite("k-heard", "{\"n\":1}", 0)], default);
        await store.ReadAsync("k-heard", default);
        await database.ExecuteAsync("UPDATE state SET json = '{\"n\":9}' WHERE key = 'k-heard'", default);

        store.UsesMemory.Should().BeFalse("nothing listens yet");
        (await store.ReadAsync("k-heard", default))!.Json.Should().Be("{\"n\":9}");

        store.SetListening(true);
        await store.ReadAsync("k-heard", default);
        await database.ExecuteAsync("UPDATE state SET json = '{\"n\":10}' WHERE key = 'k-heard'", default);
        (await store.ReadAsync("k-heard", default))!.Json.Should().Be("{\"n\":9}", "read from memory while listening");
        store.ForgetAnnounced("another-instance\nk-heard");
        (await store.ReadAsync("k-heard", default))!.Json.Should().Be("{\"n\":10}", "another instance announced a write");

        store.SetListening(false);
        await database.ExecuteAsync("UPDATE state SET json = '{\"n\":11}' WHERE key = 'k-heard'", default);
        (await store.ReadAsync("k-heard", default))!.Json.Should().Be("{\"n\":11}");
    }

    [SkippableFact]
    public async Task With_PostgreSQL_a_document_large_enough_to_be_compressed_is_compressed_with_lz4()
    {
        var database = TestDatabases.Create("Postgres");
        var store = new SqlStateStore(database);
        var answers = string.Join(",", Enumerable.Range(0, 200).Select(i => $"\"question_{i}\":\"yes\""));
        await store.WriteAsync([new StateWrite("k-large", $"{{{answers}}}", 0)], default);

        (await database.ScalarAsync("SELECT pg_column_compression(json) FROM state WHERE key = 'k-large'", default))
            .Should().Be("lz4", "pglz, PostgreSQL's default, costs far more CPU on every write of a conversation's state");
    }

    [SkippableFact]
    public async Task With_PostgreSQL_the_state_table_leaves_room_in_each_page_for_the_next_version_of_a_row()
    {
        var database = TestDatabases.Create("Postgres");
        await new SqlStateStore(database).WriteAsync([new StateWrite("k-room", "{}", 0)], default);

        (await database.ScalarAsync("SELECT array_to_string(reloptions, ',') FROM pg_class WHERE relname = 'state' AND relnamespace = current_schema()::regnamespace", default))
            .Should().Be("fillfactor=50", "a turn's update then mostly stays in its row's page and leaves the key's index alone");
    }

    [Fact]
    public async Task The_documents_kept_in_memory_stay_within_their_budget_the_oldest_going_first_unless_read_again()
    {
        var database = TestDatabases.Create("Sqlite");
        var store = new SqlStateStore(database, memoryMegabytes: 1);
        var json = $"{{\"text\":\"{new string('x', 1000)}\"}}";
        for (var i = 0; i < 2000; i++) await store.WriteAsync([new StateWrite($"k{i}", json, 0)], default);
        await store.ReadAsync("k0", default);   // read again: used recently now

        // Changed behind the store's back: what it still keeps in memory reads as before.
        await database.ExecuteAsync("UPDATE state SET json = '{\"changed\":true}'", default);

        (await store.ReadAsync("k1999", default))!.Json.Should().Be(json, "the newest write is kept");
        (await store.ReadAsync("k0", default))!.Json.Should().Be(json, "a document read again is kept");
        (await store.ReadAsync("k1", default))!.Json.Should().Be("{\"changed\":true}", "2,000 documents of 1 KB do not fit in 1 MB: the oldest went");
    }

    [Fact]
    public void Announcements_name_the_instance_and_stay_small()
    {
        var keys = Enumerable.Range(0, 200).Select(i => $"msteams/conversations/a:{i:D4}-{new string('x', 40)}").ToArray();

        var payloads = StateWriteBatcher.Announcement("me", keys.Append(keys[0])).ToArray();

        payloads.Should().HaveCountGreaterThan(1).And.OnlyContain(p => p.StartsWith("me\n") && System.Text.Encoding.UTF8.GetByteCount(p) < 8000);
        payloads.SelectMany(p => p.Split('\n').Skip(1)).Should().Equal(keys);
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

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Turns_that_finish_together_share_a_commit(string provider)
    {
        var database = TestDatabases.Create(provider);
        var store = new SqlStateStore(database);
        await store.WriteAsync([new StateWrite("warm-up", "{}", 0)], default);
        var transactionsBefore = store.WriteTransactions;

        await WhileAnotherWriterHoldsTheTableAsync(database, () => Enumerable.Range(0, 20).Select(i => store.WriteAsync(
            [new StateWrite($"conversation/{i}", $"turn {i}", 0), new StateWrite($"person/{i}", $"person {i}", 0)], default)).ToArray());

        for (var i = 0; i < 20; i++)
            (await store.ReadAsync($"person/{i}", default)).Should().Be(new StoredDocument($"person {i}", 1));
        (store.WriteTransactions - transactionsBefore).Should().BeLessThan(20, "turns queued behind a running commit are committed together");
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_conflict_among_turns_committed_together_fails_only_that_turn(string provider)
    {
        var database = TestDatabases.Create(provider);
        var store = new SqlStateStore(database);
        await store.WriteAsync([new StateWrite("person", "v1", 0)], default);

        // Twenty turns of twenty conversations, all by one person whose state they read at version 1.
        var outcomes = await WhileAnotherWriterHoldsTheTableAsync(database, () => Enumerable.Range(0, 20).Select(i => store.WriteAsync(
            [new StateWrite($"conversation/{i}", $"turn {i}", 0), new StateWrite("person", $"from {i}", 1)], default)).ToArray());

        outcomes.Count(saved => saved).Should().Be(1, "only one turn can move the person's state from version 1");
        var winner = Array.IndexOf(outcomes, true);
        (await store.ReadAsync("person", default)).Should().Be(new StoredDocument($"from {winner}", 2));
        for (var i = 0; i < 20; i++)
            (await store.ReadAsync($"conversation/{i}", default) is not null).Should().Be(i == winner, "a turn that conflicted saved none of its writes");
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_document_written_by_two_turns_committed_together_keeps_both_in_order(string provider)
    {
        var database = TestDatabases.Create(provider);
        var store = new SqlStateStore(database);
        await store.WriteAsync([new StateWrite("person", "v1", 0)], default);

        // The first write waits for the table alone; the two turns queued behind it are committed together.
        var outcomes = await WhileAnotherWriterHoldsTheTableAsync(database, () =>
        [
            store.WriteAsync([new StateWrite("conversation/first", "first", 0)], default),
            store.WriteAsync([new StateWrite("conversation/a", "a", 0), new StateWrite("person", "v2", 1)], default),
            store.WriteAsync([new StateWrite("conversation/b", "b", 0), new StateWrite("person", "v3", 2)], default),
        ]);

        outcomes.Should().Equal(true, true, true);
        (await store.ReadAsync("person", default)).Should().Be(new StoredDocument("v3", 3));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Writes_of_one_key_in_one_transaction_apply_in_order(string provider)
    {
        var store = Store(provider);

        await store.WriteAsync([new StateWrite("k", "one", 0), new StateWrite("k", "two", 1), new StateWrite("other", "x", 0), new StateWrite("k", "three", 2)], default);

        (await store.ReadAsync("k", default)).Should().Be(new StoredDocument("three", 3));
        var skipped = () => store.WriteAsync([new StateWrite("k", "four", 3), new StateWrite("k", "lost", 3)], default);
        await skipped.Should().ThrowAsync<ConcurrencyConflictException>().Where(e => e.Key == "k");
        (await store.ReadAsync("k", default)).Should().Be(new StoredDocument("three", 3));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task What_a_turn_writes_alongside_its_state_is_committed_with_it_and_rolled_back_with_it(string provider)
    {
        var database = TestDatabases.Create(provider);
        var store = new SqlStateStore(database);
        var events = Events(database);
        await store.WriteAsync([new StateWrite("person", "v1", 0)], default);

        var stale = () => store.WriteAsync([new StateWrite("conversation", "c1", 0), new StateWrite("person", "v2", 0)],
            events.Recording("test", [new ConsultationEventNote(ConsultationEventKinds.Consultation, null)]), default);
        await stale.Should().ThrowAsync<ConcurrencyConflictException>();
        (await events.ListAsync(null, null, default)).Should().BeEmpty("the turn was not saved");

        await store.WriteAsync([new StateWrite("conversation", "c1", 0), new StateWrite("person", "v2", 1)],
            events.Recording("test", [new ConsultationEventNote(ConsultationEventKinds.Verdict, "Suitable")]), default);
        (await events.ListAsync(null, null, default)).Select(e => (e.Kind, e.Detail)).Should().Equal((ConsultationEventKinds.Verdict, "Suitable"));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Turns_committed_together_each_keep_what_they_write_alongside_and_one_whose_alongside_fails_loses_only_that(string provider)
    {
        var database = TestDatabases.Create(provider);
        var store = new SqlStateStore(database);
        var events = Events(database);
        await store.WriteAsync([new StateWrite("warm-up", "{}", 0)], default);
        var failed = new System.Collections.Concurrent.ConcurrentBag<int>();

        await WhileAnotherWriterHoldsTheTableAsync(database, () => Enumerable.Range(0, 20).Select(i =>
        {
            var alongside = i == 7
                ? new AlongsideWrite([new SqlStatement("INSERT INTO no_such_table (id) VALUES (@id)", ("@id", i))], _ => failed.Add(i))
                : events.Recording("test", [new ConsultationEventNote(ConsultationEventKinds.Unanswered, $"question {i}")])!;
            return store.WriteAsync([new StateWrite($"conversation/{i}", $"turn {i}", 0)], alongside, default);
        }).ToArray());

        failed.Should().Equal(7);
        for (var i = 0; i < 20; i++)
            (await store.ReadAsync($"conversation/{i}", default)).Should().Be(new StoredDocument($"turn {i}", 1));
        (await events.ListAsync(null, null, default)).Select(e => e.Detail).Should()
            .BeEquivalentTo(Enumerable.Range(0, 20).Where(i => i != 7).Select(i => $"question {i}"));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Events_that_cannot_be_inserted_are_rolled_back_to_their_savepoint_and_the_state_is_saved(string provider)
    {
        var (database, store) = await WithoutTheEventsTableAsync(provider);

        await store.WriteAsync([new StateWrite("conversation", "c1", 0)],
            Events(database).Recording("test", [new ConsultationEventNote(ConsultationEventKinds.Consultation, null)]), default);

        (await store.ReadAsync("conversation", default)).Should().Be(new StoredDocument("c1", 1));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Events_that_cannot_be_inserted_by_turns_committed_together_leave_every_turns_state_saved(string provider)
    {
        var (database, store) = await WithoutTheEventsTableAsync(provider);
        var events = Events(database);

        var outcomes = await WhileAnotherWriterHoldsTheTableAsync(database, () => Enumerable.Range(0, 20).Select(i => store.WriteAsync(
            [new StateWrite($"conversation/{i}", $"turn {i}", 0)],
            events.Recording("test", [new ConsultationEventNote(ConsultationEventKinds.Consultation, null)]), default)).ToArray());

        outcomes.Should().AllSatisfy(saved => saved.Should().BeTrue());
        for (var i = 0; i < 20; i++)
            (await store.ReadAsync($"conversation/{i}", default)).Should().Be(new StoredDocument($"turn {i}", 1));
    }

    /// <summary>A store whose schema is in place, then its events table dropped, so every event insert fails.</summary>
    private static async Task<(Database Database, SqlStateStore Store)> WithoutTheEventsTableAsync(string provider)
    {
        var database = TestDatabases.Create(provider);
        var store = new SqlStateStore(database);
        await store.WriteAsync([new StateWrite("warm-up", "{}", 0)], default);
        await database.ExecuteAsync("DROP TABLE consultation_events", default);
        return (database, store);
    }

    private static ConsultationEvents Events(Database database) =>
        new(database, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<ConsultationEvents>.Instance);

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task State_saved_as_text_by_an_earlier_version_is_read_and_replaced_as_the_same_utf8(string provider)
    {
        var database = TestDatabases.Create(provider);
        await new SqlStateStore(database).IsReachableAsync(default);
        await database.ExecuteAsync("INSERT INTO state (key, json, version, updated_at) VALUES ('old', @json, 3, '2026-01-01T00:00:00Z')",
            default, ("@json", "{\"said\":\"協働したい\"}"));
        var store = new SqlStateStore(database);

        var stored = await store.ReadAsync("old", default);
        stored.Should().Be(new StoredDocument("{\"said\":\"協働したい\"}", 3));
        await store.WriteAsync([new StateWrite("old", "{\"said\":\"協働の相談\"}", 3)], default);

        (await new SqlStateStore(database).ReadAsync("old", default))!.Json.Should().Be("{\"said\":\"協働の相談\"}");
    }

    [Fact]
    public async Task On_SQLite_active_state_is_read_from_memory_and_a_row_changed_behind_the_store_is_caught_at_the_next_write()
    {
        var database = new SqliteDatabase(TempFiles.NewDatabasePath());
        var store = new SqlStateStore(database);
        await store.WriteAsync([new StateWrite("k", "one", 0)], default);
        await database.ExecuteAsync("DELETE FROM state WHERE key = 'k'", default);

        (await store.ReadAsync("k", default)).Should().Be(new StoredDocument("one", 1), "the conversation is active, so its state comes from memory");
        var write = () => store.WriteAsync([new StateWrite("k", "two", 1)], default);

        await write.Should().ThrowAsync<ConcurrencyConflictException>();
        (await store.ReadAsync("k", default)).Should().BeNull("after a conflict the store reads the database again");
    }

    [SkippableFact]
    public async Task On_PostgreSQL_state_is_always_read_from_the_database_since_other_instances_write_it()
    {
        var database = TestDatabases.Create("Postgres");
        var thisInstance = new SqlStateStore(database);
        var otherInstance = new SqlStateStore(database);
        await thisInstance.WriteAsync([new StateWrite("k", "one", 0)], default);

        await otherInstance.WriteAsync([new StateWrite("k", "two", 1)], default);

        (await thisInstance.ReadAsync("k", default)).Should().Be(new StoredDocument("two", 2));
    }

    /// <summary>
    /// Starts the writes while another writer holds the state table (as a long commit would), so they queue up behind
    /// it; then lets go. Returns for each write whether it was saved (false: a concurrency conflict).
    /// </summary>
    private static async Task<bool[]> WhileAnotherWriterHoldsTheTableAsync(Database database, Func<Task[]> startWrites)
    {
        Task[] writes;
        // A transaction of the connection's own (not a BEGIN statement): PostgreSQL's multiplexed connections would
        // otherwise let other commands run in it.
        await using (var connection = await database.OpenAsync(default))
        await using (var hold = await connection.BeginTransactionAsync())
        {
            if (database.Provider == "Postgres")
            {
                await using var lockTable = Database.Command(connection, hold, "LOCK TABLE state IN EXCLUSIVE MODE");
                await lockTable.ExecuteNonQueryAsync();
            }
            writes = startWrites();
            await Task.Delay(300);
            await hold.RollbackAsync();
        }
        return await Task.WhenAll(writes.Select(async write =>
        {
            try { await write; return true; }
            catch (ConcurrencyConflictException) { return false; }
        }));
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
