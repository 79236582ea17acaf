using System.Text.Json.Nodes;

namespace Kyodo.Bot.Conversation.Prompts;

/// <summary>Asks to pick one of the choices: by button, by number, or by (part of) its label. The answer is the choice id.</summary>
public sealed class ChoicePrompt(string id = ChoicePrompt.DefaultId) : Prompt(id)
{
    public const string DefaultId = "choicePrompt";

    protected override string DefaultRetryKey => MessageKeys.RetryChoice;

    protected override JsonNode? Recognize(TurnContext turn, PromptOptions options)
    {
        var choices = options.ChoiceList;
        if (turn.ButtonValue is { } pressed && choices.FirstOrDefault(c => c.Id == pressed) is { } button)
            return JsonValue.Create(button.Id);
        if (turn.Text is not { } text) return null;
        return ChoiceRecognizer.Recognize(text, choices, turn.Content.Words) is { } picked ? JsonValue.Create(picked.Id) : null;
    }
}
