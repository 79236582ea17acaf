using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Kyodo.Bot.Tests.Support;

/// <summary>The real host in memory, with its own SQLite file and any extra settings.</summary>
public sealed class BotApplication(
    IDictionary<string, string?>? settings = null, string? databasePath = null, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = databasePath ?? TempFiles.NewDatabasePath();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:SqlitePath", DatabasePath);
        builder.UseSetting("Bot:TurnBurstPerPerson", TestLimits.Burst);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
        if (services is not null) builder.ConfigureTestServices(services);
    }
}
