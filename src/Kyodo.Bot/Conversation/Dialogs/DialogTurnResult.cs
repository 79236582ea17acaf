using System.Text.Json.Nodes;

namespace Kyodo.Bot.Conversation.Dialogs;

public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,
    /// <summary>A dialog is waiting for the person's next message.</summary>
    Waiting,
    /// <summary>The last dialog on the stack ended.</summary>
    Complete,
    /// <summary>The stack was cleared (cancel, or too many misses).</summary>
    Cancelled,
}

public sealed record DialogTurnResult(DialogTurnStatus Status, JsonNode? Result = null)
{
    public static readonly DialogTurnResult Waiting = new(DialogTurnStatus.Waiting);
}
