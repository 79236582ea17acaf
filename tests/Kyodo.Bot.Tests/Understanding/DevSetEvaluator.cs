using Kyodo.Bot.Content;
using Kyodo.Bot.Guidance;

namespace Kyodo.Bot.Tests.Understanding;

/// <summary>Runs every recognizer over the development set with the real content (shared by the accuracy test and bench/Understanding).</summary>
public static class DevSetEvaluator
{
    public static DevSetReport Evaluate(LoadedContent content, string directory)
    {
        var misses = new List<string>();
        var confusion = new Dictionary<(string, string), int>();

        var intents = DevSet.Load(directory, DevSet.Intents);
        var intentCorrect = 0;
        foreach (var item in intents)
        {
            var result = content.Intents.Recognize(item.Text);
            confusion[(item.Expected, result.Intent)] = confusion.GetValueOrDefault((item.Expected, result.Intent)) + 1;
            if (result.Intent == item.Expected) intentCorrect++;
            else misses.Add($"{item} got {result.Intent} ({string.Join(", ", result.Ranked.Take(3).Select(r => $"{r.Intent} {r.Score:0.00}"))})");
        }

        var yesNo = DevSet.Load(directory, DevSet.YesNo);
        var yesNoOptions = YesNoOptions(content.Content);
        var yesNoCorrect = Count(yesNo, item => ChoiceRecognizer.Recognize(item.Text, yesNoOptions, content.Content.Words)?.Id, misses);

        var choices = DevSet.Load(directory, DevSet.Choices);
        var choiceCorrect = Count(choices, item => ChoiceRecognizer.Recognize(item.Text, Options(content.Content, item.Options), content.Content.Words)?.Id, misses);

        var faq = DevSet.Load(directory, DevSet.Faq);
        int top1 = 0, top3 = 0;
        foreach (var item in faq)
        {
            var found = content.Faq.Search(item.Text, 3).Select(m => m.Entry.Id).ToList();
            if (found.FirstOrDefault() == item.Expected) top1++;
            if (found.Contains(item.Expected)) top3++;
            else misses.Add($"{item} got {string.Join(", ", found)}");
        }

        return new DevSetReport(intents.Count, intentCorrect, yesNo.Count, yesNoCorrect, choices.Count, choiceCorrect,
            faq.Count, top1, top3, confusion, misses);
    }

    /// <summary>The yes / no / わからない buttons of a diagnosis question.</summary>
    public static IReadOnlyList<AnswerOption> YesNoOptions(GuidanceContent content) =>
        content.Diagnosis.Questions.First(q => q.Answers.Any(a => a.Id == "unsure")).Answers;

    /// <summary>Options named as diagnosis:&lt;question id&gt;, methods:&lt;fact id&gt; or menu.</summary>
    public static IReadOnlyList<AnswerOption> Options(GuidanceContent content, string? name)
    {
        var parts = (name ?? "").Split(':');
        return parts[0] switch
        {
            "diagnosis" => content.Diagnosis.Questions.First(q => q.Id == parts[1]).Answers,
            "methods" => content.Methods.Facts.First(f => f.Id == parts[1]).Answers,
            "menu" => content.Menu.Select(m => new AnswerOption(m.Id, m.Label, m.Keywords)).ToArray(),
            _ => throw new FormatException($"unknown options '{name}'"),
        };
    }

    private static int Count(IReadOnlyList<DevSetItem> items, Func<DevSetItem, string?> recognize, List<string> misses)
    {
        var correct = 0;
        foreach (var item in items)
        {
            var got = recognize(item);
            if (got == item.Expected) correct++;
            else misses.Add($"{item} got {got ?? "nothing"}");
        }
        return correct;
    }
}
