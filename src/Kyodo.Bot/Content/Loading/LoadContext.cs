namespace Kyodo.Bot.Content.Loading;

/// <summary>What loading collects across files: the problems found and where each source is cited.</summary>
internal sealed class LoadContext
{
    public List<ContentError> Errors { get; } = [];
    public List<SourceCitation> Citations { get; } = [];
}
