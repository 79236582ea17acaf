using System.Text.Json.Nodes;

namespace Kyodo.Bot.Conversation.Prompts;

/// <summary>Asks a yes/no question (the yes/no words of dialogs/words.yaml). The answer is a boolean.</summary>
public sealed class ConfirmPrompt(string id = ConfirmPrompt.DefaultId) : Prompt(id)
{
    public const string DefaultId = "confirmPrompt";
    public const string YesId = "yes";
    public const string NoId = "no";

    protected override string DefaultRetryKey => MessageKeys.RetryYesNo;

    /// <summary>Prompt options with the yes/no buttons from the content.</summary>
    public static PromptOptions Options(TurnContext turn, string text) => new(text, Choices:
    [
        new AnswerOption(YesId, turn.Message(MessageKeys.YesLabel), []),
        new AnswerOption(NoId, turn.Message(MessageKeys.NoLabel), []),
    ]);

    protected override JsonNode? Recognize(TurnContext turn, PromptOptions options)
    {
        var answer = turn.ButtonValue is YesId or NoId
            ? turn.ButtonValue
            : turn.Text is { } text ? ChoiceRecognizer.Recognize(text, options.ChoiceList, turn.Content.Words)?.Id : null;
        return answer switch
        {
            YesId => JsonValue.Create(true),
            NoId => JsonValue.Create(false),
            _ => null,
        };
    }
}
