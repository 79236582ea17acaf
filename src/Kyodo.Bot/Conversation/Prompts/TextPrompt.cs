using System.Text.Json.Nodes;

namespace Kyodo.Bot.Conversation.Prompts;

/// <summary>Asks for free text. Any non-empty message is an answer.</summary>
public sealed class TextPrompt(string id = TextPrompt.DefaultId) : Prompt(id)
{
    public const string DefaultId = "textPrompt";

    protected override string DefaultRetryKey => MessageKeys.RetryText;

    protected override JsonNode? Recognize(TurnContext turn, PromptOptions options) =>
        string.IsNullOrWhiteSpace(turn.Text) ? null : JsonValue.Create(turn.Text);
}
