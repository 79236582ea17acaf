using YamlDotNet.RepresentationModel;

namespace Kyodo.Bot.Content.Loading;

/// <summary>faq.yaml: questions, the other ways people ask them, answers and sources.</summary>
internal static class FaqParser
{
    public static IReadOnlyList<FaqEntry> Parse(string directory, LoadContext context)
    {
        var reader = new YamlFileReader("faq.yaml", context);
        var entries = new List<(FaqEntry Entry, YamlNode Node)>();
        foreach (var node in reader.LoadRootSequence(directory, "faq"))
        {
            var id = reader.Id(node);
            var question = reader.String(node, "question");
            var phrasings = reader.StringList(node, "phrasings", required: false);
            var answer = reader.String(node, "answer");
            var source = reader.Source(node);
            if (id is not null && question is not null && answer is not null && source is not null)
                entries.Add((new FaqEntry(id, question, phrasings, answer.TrimEnd('\n'), source), node));
        }
        reader.Unique(entries.Select(e => ((string?)e.Entry.Id, e.Node)), "faq");
        return entries.Select(e => e.Entry).ToArray();
    }
}
