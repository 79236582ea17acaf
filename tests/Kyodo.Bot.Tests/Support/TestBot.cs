using Kyodo.Bot.Conversation;
using Kyodo.Bot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kyodo.Bot.Tests.Support;

/// <summary>The real bot (content from the repository's dialogs/, SQLite in a temp file), without the web host.</summary>
public sealed class TestBot : IDisposable
{
    private readonly ServiceProvider _services;

    public TestBot(IDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        DatabasePath = TempFiles.NewDatabasePath();
        var values = new Dictionary<string, string?> { ["Storage:SqlitePath"] = DatabasePath, ["Bot:TurnBurstPerPerson"] = TestLimits.Burst };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        if (clock is not null) services.AddSingleton(clock);
        _services = services
            .AddLogging()
            .AddKyodoBot(configuration, RepositoryPaths.FindRoot(AppContext.BaseDirectory))
            .BuildServiceProvider();
    }

    public string DatabasePath { get; }

    public ITurnProcessor Processor => _services.GetRequiredService<ITurnProcessor>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public void Dispose() => _services.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
