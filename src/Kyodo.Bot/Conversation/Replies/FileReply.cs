namespace Kyodo.Bot.Conversation.Replies;

/// <summary>
/// A file for the person: shown as a download on Web Chat, a link on LINE, and in Teams as a file card after the
/// person agrees to receive it (Teams' file consent flow). <see cref="DocumentId"/> lets the channel fetch the bytes.
/// </summary>
public sealed record FileReply(string Name, string ContentType, string DownloadUrl, string DocumentId, long SizeInBytes) : Reply;
