using Kyodo.Bot.Content;
using Kyodo.Bot.Hosting;

namespace Kyodo.Bot.Tests.Understanding;

/// <summary>The shipped dialogs/ content, loaded once for the understanding tests.</summary>
public static class RealContent
{
    private static readonly Lazy<LoadedContent> Loaded = new(() =>
        new LoadedContent(ContentLoader.Load(Path.Combine(RepositoryPaths.FindRoot(AppContext.BaseDirectory), "dialogs"))));

    public static LoadedContent Value => Loaded.Value;
}
