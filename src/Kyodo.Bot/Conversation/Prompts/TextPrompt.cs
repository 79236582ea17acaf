using System.Text.Json.Nodes;

namespace Kyodo.Bot.Conversation.Prompts;

/// <summary>Asks for free text. Any non-empty message is an answer, and so is a press on one of its buttons (its id).</summary>
public sealed class TextPrompt(string id = TextPrompt.DefaultId) : Prompt(id)
{
    public const string DefaultId = "textPrompt";

    protected override string DefaultRetryKey => MessageKeys.RetryText;

    protected override JsonNode? Recognize(TurnContext turn, PromptOptions options)
    {
        if (turn.ButtonValue is { } pressed && options.ChoiceList.Any(c => c.Id == pressed)) return JsonValue.Create(pressed);
        return string.IsNullOrWhiteSpace(turn.Text) ? null : JsonValue.Create(turn.Text);
    }
}
