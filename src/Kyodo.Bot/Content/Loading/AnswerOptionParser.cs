using YamlDotNet.RepresentationModel;

namespace Kyodo.Bot.Content.Loading;

internal static class AnswerOptionParser
{
    /// <summary>Reads <c>answers:</c> — a list of <c>{ id, label, synonyms? }</c> with unique ids.</summary>
    public static IReadOnlyList<AnswerOption> Answers(YamlFileReader reader, YamlMappingNode map, string key = "answers", bool required = true)
    {
        var answers = new List<(AnswerOption Option, YamlNode Node)>();
        foreach (var item in reader.Items(map, key, required))
        {
            var id = reader.Id(item);
            var label = reader.Label(item, "label");
            var synonyms = reader.StringList(item, "synonyms", required: false);
            if (id is not null && label is not null) answers.Add((new AnswerOption(id, label, synonyms), item));
        }
        reader.Unique(answers.Select(a => ((string?)a.Option.Id, a.Node)), "answer");
        return answers.Select(a => a.Option).ToArray();
    }
}
