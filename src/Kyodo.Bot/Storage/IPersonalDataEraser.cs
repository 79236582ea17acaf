namespace Kyodo.Bot.Storage;

/// <summary>Something that keeps data about a person and deletes it when they ask to be forgotten.</summary>
public interface IPersonalDataEraser
{
    Task EraseAsync(string channelId, string userId, CancellationToken cancellationToken);
}
