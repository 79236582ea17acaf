namespace Kyodo.Bot.Content;

/// <summary>
/// The content of dialogs/, reloaded when a file there changes: a valid edit goes live without a restart; an invalid one
/// is refused with its file:line errors (see <see cref="LastErrors"/>) and the previous content stays live.
/// </summary>
public sealed class ReloadingContentProvider : IContentProvider, IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);   // editors write a file in several steps
    private readonly string _directory;
    private readonly ILogger<ReloadingContentProvider> _logger;
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _debounce;
    private readonly object _reloading = new();
    private volatile LoadedContent _current;

    public ReloadingContentProvider(string directory, ILogger<ReloadingContentProvider> logger)
    {
        _directory = directory;
        _logger = logger;
        _current = new LoadedContent(ContentLoader.Load(directory));   // broken content at start-up stops the host
        _debounce = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(directory, "*.yaml") { NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size };
        _watcher.Changed += (_, _) => ScheduleReload();
        _watcher.Created += (_, _) => ScheduleReload();
        _watcher.Deleted += (_, _) => ScheduleReload();
        _watcher.Renamed += (_, _) => ScheduleReload();
        _watcher.EnableRaisingEvents = true;
    }

    public LoadedContent Current => _current;

    /// <summary>The problems of the last refused edit; empty once a valid edit is live.</summary>
    public IReadOnlyList<ContentError> LastErrors { get; private set; } = [];

    /// <summary>Loads dialogs/ now; true when the new content went live.</summary>
    public bool Reload()
    {
        lock (_reloading)
        {
            try
            {
                _current = new LoadedContent(ContentLoader.Load(_directory));
                LastErrors = [];
                _logger.LogInformation("Content in {Directory} reloaded.", _directory);
                return true;
            }
            catch (ContentException broken)
            {
                LastErrors = broken.Errors;
                _logger.LogError("An edit of the content was refused; the previous content stays live:\n{Errors}", broken.Message);
                return false;
            }
        }
    }

    private void ScheduleReload() => _debounce.Change(Quiet, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        _watcher.Dispose();
        _debounce.Dispose();
    }
}
