using Kyodo.Bot.Content;
using Kyodo.Bot.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kyodo.Bot.Tests.Content;

public sealed class ReloadingContentProviderTests : IDisposable
{
    private readonly string _dialogs = Path.Combine(Path.GetTempPath(), "kyodo-reload-" + Guid.NewGuid().ToString("N"));
    private readonly ReloadingContentProvider _provider;

    public ReloadingContentProviderTests()
    {
        Directory.CreateDirectory(_dialogs);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.FindRoot(AppContext.BaseDirectory), "dialogs"), "*.yaml"))
            File.Copy(file, Path.Combine(_dialogs, Path.GetFileName(file)));
        _provider = new ReloadingContentProvider(_dialogs, NullLogger<ReloadingContentProvider>.Instance);
    }

    [Fact]
    public async Task A_valid_edit_goes_live_without_a_restart()
    {
        EditMessage("help", "新しいヘルプの文です。");

        await Eventually(() => _provider.Current.Content.Message(MessageKeys.Help) == "新しいヘルプの文です。");
        _provider.LastErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task An_invalid_edit_is_refused_with_file_and_line_and_the_previous_content_stays_live()
    {
        var before = _provider.Current;
        File.WriteAllText(Path.Combine(_dialogs, "menu.yaml"), "menu:\n  - id: dance\n    label: 踊る\n");

        await Eventually(() => _provider.LastErrors.Count > 0);

        _provider.LastErrors.Select(e => e.ToString()).Should().Contain(e => e.StartsWith("menu.yaml:2: unknown menu id 'dance'"));
        _provider.Current.Should().BeSameAs(before);
    }

    private void EditMessage(string key, string text)
    {
        var path = Path.Combine(_dialogs, "messages.yaml");
        var lines = File.ReadAllLines(path).ToList();
        var index = lines.FindIndex(l => l.StartsWith($"  {key}:", StringComparison.Ordinal));
        var end = lines.FindIndex(index + 1, l => l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("    ", StringComparison.Ordinal));
        lines.RemoveRange(index, end - index);
        lines.Insert(index, $"  {key}: {text}");
        File.WriteAllLines(path, lines);
    }

    /// <summary>File watching is asynchronous: wait (bounded) for the change to be picked up.</summary>
    private static async Task Eventually(Func<bool> condition)
    {
        for (var waited = 0; waited < 10_000 && !condition(); waited += 50) await Task.Delay(50);
        condition().Should().BeTrue("the content watcher should pick up the edit within 10 s");
    }

    public void Dispose()
    {
        _provider.Dispose();
        Directory.Delete(_dialogs, recursive: true);
    }
}
