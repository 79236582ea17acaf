namespace Kyodo.Bot.Content;

/// <summary>
/// Checks citations against the seed documents: the file exists, and each word of the cited heading
/// (split on spaces) occurs in it. Used by tests and by check-content when the seeds folder is at hand.
/// </summary>
public static class ContentSourceCheck
{
    public static IReadOnlyList<ContentError> Problems(IEnumerable<SourceCitation> citations, string seedsDirectory)
    {
        var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
        var problems = new List<ContentError>();
        foreach (var citation in citations)
        {
            var file = citation.Source.File;
            if (!texts.TryGetValue(file, out var text))
            {
                var path = Path.Combine(seedsDirectory, file);
                text = File.Exists(path) ? File.ReadAllText(path) : null;
                texts[file] = text;
            }
            if (text is null)
            {
                problems.Add(new ContentError(citation.File, citation.Line, $"source file '{file}' is not in the seeds"));
                continue;
            }
            foreach (var word in citation.Source.Section.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !text.Contains(w, StringComparison.Ordinal)))
                problems.Add(new ContentError(citation.File, citation.Line, $"'{word}' of the cited heading does not appear in {file}"));
        }
        return problems;
    }
}
