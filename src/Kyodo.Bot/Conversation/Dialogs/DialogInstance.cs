using System.Text.Json.Nodes;

namespace Kyodo.Bot.Conversation.Dialogs;

/// <summary>One entry of a conversation's dialog stack, saved with the conversation state.</summary>
public sealed class DialogInstance
{
    public required string Id { get; init; }
    public JsonObject State { get; init; } = [];
}
