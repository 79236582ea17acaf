namespace Kyodo.Bot.Handoff.Teams;

/// <summary>Teams names a reply thread in a channel <c>{channel};messageid={root message id}</c>.</summary>
public static class TeamsThread
{
    private const string Marker = ";messageid=";

    public static string ChannelOf(string conversationId) =>
        conversationId.IndexOf(Marker, StringComparison.Ordinal) is var at and >= 0 ? conversationId[..at] : conversationId;

    public static string? RootMessageOf(string conversationId) =>
        conversationId.IndexOf(Marker, StringComparison.Ordinal) is var at and >= 0 ? conversationId[(at + Marker.Length)..] : null;

    public static string Of(string channelConversationId, string rootMessageId) => channelConversationId + Marker + rootMessageId;
}
