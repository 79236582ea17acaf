using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

/// <summary>Reads what a partner search can use from free text: the fields of a project description, the kind of partner wanted.</summary>
public static class PartnerTextReader
{
    /// <summary>Ids of the fields whose label or one of its keywords the text contains, in file order.</summary>
    public static IReadOnlyList<string> Fields(string? text, IReadOnlyList<ActivityField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var normalized = TextNormalizer.Normalize(text ?? "");
        if (normalized.Length == 0) return [];
        return fields.Where(f => f.Keywords.Prepend(f.Label).Any(word => Contains(normalized, word))).Select(f => f.Id).ToArray();
    }

    /// <summary>
    /// The one option whose label or synonym the text mentions (「どんなNPOと組めるか」 → NPO); null when none or several are
    /// mentioned (「会社としてNPOと組みたい」 names both, so it is asked).
    /// </summary>
    public static AnswerOption? MentionedOption(string? text, IReadOnlyList<AnswerOption> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var normalized = TextNormalizer.Normalize(text ?? "");
        if (normalized.Length == 0) return null;
        var mentioned = options.Where(o => o.Synonyms.Prepend(o.Label).Any(word => Contains(normalized, word))).ToList();
        return mentioned.Count == 1 ? mentioned[0] : null;
    }

    private static bool Contains(string normalized, string word)
    {
        var form = TextNormalizer.NormalizeTerm(word);
        return form.Length >= 2 && normalized.Contains(form, StringComparison.Ordinal);
    }
}
