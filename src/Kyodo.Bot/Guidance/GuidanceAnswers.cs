using Kyodo.Bot.Content;
using Kyodo.Bot.Conversation;

namespace Kyodo.Bot.Guidance;

/// <summary>
/// Answers drawn from the method and checklist content, so a free question about 委託 or about a step of the flow
/// finds the guidance itself, with its source, and not only the FAQ. Question wording comes from messages.yaml.
/// </summary>
public static class GuidanceAnswers
{
    /// <summary>The drawn answers, minus any whose question the FAQ already answers in its own words.</summary>
    public static IEnumerable<FaqEntry> From(GuidanceContent content)
    {
        var asked = content.Faq.Select(f => TextNormalizer.Normalize(f.Question)).ToHashSet(StringComparer.Ordinal);
        return Drawn(content).Where(entry => !asked.Contains(TextNormalizer.Normalize(entry.Question)));
    }

    private static IEnumerable<FaqEntry> Drawn(GuidanceContent content)
    {
        foreach (var method in content.Methods.Methods)
        {
            var answer = string.Join("\n",
                method.Summary,
                $"{content.Message(MessageKeys.BenefitsLabel)}: {string.Join(" ", method.Benefits)}",
                $"{content.Message(MessageKeys.CautionsLabel)}: {string.Join(" ", method.Cautions)}");
            yield return new FaqEntry("method." + method.Id, MessageFormatter.Format(content.Message(MessageKeys.MethodQuestion), ("name", method.Name)), [method.Name], answer, method.Source);
        }
        foreach (var step in content.Checklist.Steps)
        {
            var answer = step.Summary + "\n" + string.Join("\n", step.Items.Select(i => "- " + i.Text));
            yield return new FaqEntry("step." + step.Id, MessageFormatter.Format(content.Message(MessageKeys.StepQuestion), ("title", step.Title)), [step.Title], answer, step.Source);
        }
    }
}
