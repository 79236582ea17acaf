using System.Text.Json.Nodes;

namespace Kyodo.Bot.Conversation.Prompts;

/// <summary>Asks for a whole number (digits in any width, number words and compounds, a number with a counter). The answer is the number.</summary>
public sealed class NumberPrompt(string id = NumberPrompt.DefaultId) : Prompt(id)
{
    public const string DefaultId = "numberPrompt";

    protected override string DefaultRetryKey => MessageKeys.RetryNumber;

    protected override JsonNode? Recognize(TurnContext turn, PromptOptions options)
    {
        if (turn.ButtonValue is { } pressed && int.TryParse(pressed, out var fromButton)) return JsonValue.Create(fromButton);
        if (turn.Text is not { } text) return null;
        var number = AmountRecognizer.WholeNumber(text, turn.Content.Numerals) ?? NumberRecognizer.Recognize(text, turn.Content.Words);
        return number is >= 0 ? JsonValue.Create(number.Value) : null;
    }
}
