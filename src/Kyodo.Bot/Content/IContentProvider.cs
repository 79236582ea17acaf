namespace Kyodo.Bot.Content;

/// <summary>Gives the content that is live now. A turn takes it once at its start and keeps it to the end.</summary>
public interface IContentProvider
{
    LoadedContent Current { get; }
}
