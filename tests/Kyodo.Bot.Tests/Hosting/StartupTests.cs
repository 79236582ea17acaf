using System.Diagnostics;

namespace Kyodo.Bot.Tests.Hosting;

/// <summary>The built host, started as a process: broken content stops start-up with file:line, not a stack trace.</summary>
public sealed class StartupTests : IDisposable
{
    private readonly string _dialogs = Path.Combine(Path.GetTempPath(), "kyodo-broken-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Broken_content_stops_start_up_with_file_and_line()
    {
        Directory.CreateDirectory(_dialogs);
        File.WriteAllText(Path.Combine(_dialogs, "menu.yaml"), "menu:\n  - id: diagnose\n    label: [broken\n");
        var host = Path.Combine(AppContext.BaseDirectory, "Kyodo.Bot.dll");
        var start = new ProcessStartInfo("dotnet", [host, $"--Content:DialogsPath={_dialogs}", "--urls=http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };

        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

        process.ExitCode.Should().Be(1);
        errors.Should().Contain("menu.yaml:").And.Contain("messages.yaml:0: file is missing").And.NotContain("   at ");
    }

    public void Dispose()
    {
        if (Directory.Exists(_dialogs)) Directory.Delete(_dialogs, recursive: true);
    }
}
