using Kyodo.Bot.Storage;
using Npgsql;

namespace Kyodo.Bot.Tests.Storage;

public sealed class PostgresSettingsTests
{
    [Fact]
    public void Commands_are_multiplexed_and_prepared_unless_the_connection_string_says_otherwise()
    {
        var chosen = new NpgsqlConnectionStringBuilder(PostgresDatabase.ForCommands("Host=db;Database=kyodo;Username=bot"));

        (chosen.Multiplexing, chosen.MaxAutoPrepare, chosen.Host).Should().Be((true, 32, "db"));
    }

    [Theory]
    [InlineData("Host=db;Multiplexing=false;Max Auto Prepare=5", false, 5)]
    [InlineData("Host=db;multiplexing=true", true, 32)]
    [InlineData("Host=db;Pooling=false", false, 32)]
    public void The_operators_own_settings_are_kept(string connectionString, bool multiplexing, int maxAutoPrepare)
    {
        var chosen = new NpgsqlConnectionStringBuilder(PostgresDatabase.ForCommands(connectionString));

        (chosen.Multiplexing, chosen.MaxAutoPrepare).Should().Be((multiplexing, maxAutoPrepare));
    }
}
