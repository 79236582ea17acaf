using Kyodo.Bot.Hosting;
using Kyodo.Bot.Storage;
using Kyodo.Bot.Tests.Support;

namespace Kyodo.Bot.Tests.Hosting;

public sealed class StorageOptionsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(4096)]
    public void A_state_memory_setting_out_of_range_stops_start_up_naming_the_setting(int megabytes)
    {
        var options = new StorageOptions { StateMemoryMegabytes = megabytes };

        var create = () => options.CreateStateStore(TestDatabases.Create("Sqlite"));

        create.Should().Throw<InvalidOperationException>().WithMessage($"Storage:StateMemoryMegabytes is {megabytes}; use 1 to 2047.");
    }

    [Fact]
    public async Task The_state_store_it_creates_keeps_documents_in_memory()
    {
        var database = TestDatabases.Create("Sqlite");
        var store = new StorageOptions { StateMemoryMegabytes = 1 }.CreateStateStore(database);
        await store.WriteAsync([new StateWrite("k", "{\"n\":1}", 0)], default);
        await database.ExecuteAsync("UPDATE state SET json = '{\"n\":2}'", default);

        (await store.ReadAsync("k", default))!.Json.Should().Be("{\"n\":1}", "read from memory");
    }
}
