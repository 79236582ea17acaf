using System.Diagnostics;
using Kyodo.Bot.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Kyodo.Bot.Tests.Browser;

/// <summary>Runs tests/browser/walk.mjs (Playwright driving Debian's Chromium) against a running host.</summary>
public static class BrowserWalk
{
    public static readonly string Root = RepositoryPaths.FindRoot(AppContext.BaseDirectory);
    public static readonly string Harness = Path.Combine(Root, "tests", "browser");
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    /// <summary>Why the browser test cannot run here, or null when it can.</summary>
    public static string? MissingTool()
    {
        if (!File.Exists(ChromiumPath)) return $"Chromium is not installed at {ChromiumPath} (apt-get install chromium)";
        if (!Directory.Exists(Path.Combine(Harness, "node_modules", "playwright-core"))) return "tests/browser has no node_modules (npm ci in tests/browser)";
        return null;
    }

    /// <summary>Skips the test when a tool it needs is missing here; in CI that is a failure, never a silent skip.</summary>
    public static void RequireTools(string? alsoMissing = null)
    {
        var missing = MissingTool() ?? alsoMissing;
        if (missing is not null && Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            throw new InvalidOperationException($"CI must run the browser tests: {missing}");
        Skip.If(missing is not null, missing);
    }

    /// <summary>The loopback address a host started with <c>UseKestrel(0)</c> listens on, for the browser.</summary>
    public static string AddressOf(IServiceProvider services) =>
        services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1");

    public static Task<(int ExitCode, string Output)> RunAsync(string baseUrl, string stepsFile, string screenshot) =>
        RunScriptAsync(["walk.mjs", baseUrl, stepsFile, screenshot], new Dictionary<string, string>());

    /// <summary>Runs a script of tests/browser with node; <paramref name="environment"/> carries what must not be on a command line.</summary>
    public static async Task<(int ExitCode, string Output)> RunScriptAsync(string[] arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("node", arguments)
        {
            WorkingDirectory = Harness,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["CHROMIUM_PATH"] = ChromiumPath;
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, "the browser walk did not finish within 3 minutes\n" + await output + await errors);
        }
        return (process.ExitCode, await output + await errors);
    }
}
