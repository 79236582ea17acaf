using Kyodo.Bot.Conversation;
using Kyodo.Bot.Hosting;
using Kyodo.Bot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kyodo.Bot.Tests.Support;

/// <summary>The real bot (content from the repository's dialogs/, SQLite in a temp file), without the web host.</summary>
public sealed class TestBot : IDisposable
{
    private readonly ServiceProvider _services;

    /// <param name="wrapStore">Puts a test's own store around the real one.</param>
    public TestBot(IDictionary<string, string?>? settings = null, TimeProvider? clock = null, Func<IStateStore, IStateStore>? wrapStore = null)
    {
        DatabasePath = TempFiles.NewDatabasePath();
        var values = new Dictionary<string, string?> { ["Storage:SqlitePath"] = DatabasePath, ["Bot:TurnBurstPerPerson"] = TestLimits.Burst };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        if (clock is not null) services.AddSingleton(clock);
        services.AddLogging().AddKyodoBot(configuration, RepositoryPaths.FindRoot(AppContext.BaseDirectory));
        if (wrapStore is not null)
        {
            var real = (IStateStore)services.Last(d => d.ServiceType == typeof(IStateStore)).ImplementationInstance!;
            services.AddSingleton(wrapStore(real));
        }
        _services = services.BuildServiceProvider();
    }

    public string DatabasePath { get; }

    public ITurnProcessor Processor => _services.GetRequiredService<ITurnProcessor>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public void Dispose() => _services.Dispose();
}
