using System.Text.Json;

namespace Kyodo.Bot.Tests.Hosting;

/// <summary>
/// The runtime settings the host is built with (its runtimeconfig.json), each chosen from a bench/Load measurement
/// that the csproj's comments give. A setting lost in an edit of the project file would not fail any other test.
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Theory]
    [InlineData("System.Runtime.TieredPGO", "true")]
    [InlineData("System.GC.Concurrent", "false")]
    [InlineData("System.GC.ConserveMemory", "5")]
    [InlineData("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit", "0")]
    [InlineData("System.Runtime.TieredCompilation.CallCountingDelayMs", "0")]
    public void The_host_is_built_with_the_measured_runtime_setting(string name, string value)
    {
        // The test project references the host, so the host's runtimeconfig.json is copied beside the tests.
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Kyodo.Bot.runtimeconfig.json")));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        properties.TryGetProperty(name, out var setting).Should().BeTrue($"{name} is set in src/Kyodo.Bot/Kyodo.Bot.csproj");
        setting.GetRawText().Should().Be(value);
    }
}
