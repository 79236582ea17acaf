using System.Text.Json.Nodes;
using Kyodo.Bot.Conversation;

namespace Kyodo.Bot.Dialogs;

/// <summary>Asks the diagnosis questions not yet answered and records each answer (and the recommender fact it fills).</summary>
public sealed class DiagnosisQuestionDialog() : AskUntilKnownDialog(DialogIds.DiagnosisQuestion)
{
    protected override NextQuestion? Next(TurnContext turn)
    {
        var questions = turn.Content.Diagnosis.Questions;
        var answers = turn.Profile.DiagnosisAnswers;
        var index = questions.ToList().FindIndex(q => !answers.ContainsKey(q.Id));
        if (index < 0) return null;
        var question = questions[index];
        var progress = turn.Message(MessageKeys.DiagnosisProgress, ("number", index + 1), ("total", questions.Count));
        var text = string.Join("\n", new[] { progress, question.Text, question.Help }.Where(t => !string.IsNullOrEmpty(t)));
        return new NextQuestion(question.Id, ChoicePrompt.DefaultId, new PromptOptions(text, Choices: question.Answers));
    }

    protected override void Record(TurnContext turn, string askedId, JsonNode answer)
    {
        var answerId = answer.GetValue<string>();
        turn.Profile.DiagnosisAnswers[askedId] = answerId;
        if (turn.Content.Methods.Facts.Any(f => f.Id == askedId)) turn.Profile.Facts[askedId] = answerId;
    }
}
