using YamlDotNet.RepresentationModel;

namespace Kyodo.Bot.Content.Loading;

/// <summary>diagnosis.yaml: the describe prompt, questions, rules and verdict texts.</summary>
internal static class DiagnosisParser
{
    private static readonly Dictionary<string, Verdict> VerdictIds = new(StringComparer.Ordinal)
    {
        ["suitable"] = Verdict.Suitable,
        ["conditional"] = Verdict.Conditional,
        ["not_suitable"] = Verdict.NotSuitable,
    };

    public static DiagnosisContent Parse(string directory, LoadContext context, IReadOnlyList<MethodFact> facts)
    {
        var reader = new YamlFileReader("diagnosis.yaml", context);
        var empty = new DiagnosisContent("", [], [], new Dictionary<Verdict, VerdictText>());
        if (reader.LoadRoot(directory, "diagnosis") is not { } root) return empty;

        var questions = Questions(reader, root, facts);
        var rules = Rules(reader, root, questions);
        return new DiagnosisContent(reader.String(root, "describe_prompt") ?? "", questions, rules, Verdicts(reader, root));
    }

    private static List<DiagnosisQuestion> Questions(YamlFileReader reader, YamlMappingNode root, IReadOnlyList<MethodFact> facts)
    {
        var questions = new List<(DiagnosisQuestion Question, YamlNode Node)>();
        foreach (var item in reader.Items(root, "questions"))
        {
            var id = reader.Id(item);
            var text = reader.String(item, "text");
            var help = reader.String(item, "help", required: false);
            var answers = AnswerOptionParser.Answers(reader, item);
            var source = reader.Source(item);
            // A question with a fact's id fills that fact, so its answers must be answers the recommender knows.
            if (facts.FirstOrDefault(f => f.Id == id) is { } fact)
            {
                foreach (var answer in answers.Where(a => fact.Answers.All(f => f.Id != a.Id)))
                    reader.Error(item, $"question '{id}' fills the fact of the same id, but methods.yaml has no answer '{answer.Id}' for it");
            }
            if (id is not null && text is not null && source is not null)
                questions.Add((new DiagnosisQuestion(id, text, help, answers, source), item));
        }
        reader.Unique(questions.Select(q => ((string?)q.Question.Id, q.Node)), "question");
        return questions.Select(q => q.Question).ToList();
    }

    private static List<DiagnosisRule> Rules(YamlFileReader reader, YamlMappingNode root, IReadOnlyList<DiagnosisQuestion> questions)
    {
        var rules = new List<(DiagnosisRule Rule, YamlNode Node)>();
        foreach (var item in reader.Items(root, "rules"))
        {
            var id = reader.Id(item);
            var verdictText = reader.String(item, "verdict");
            var reason = reader.String(item, "reason");
            var source = reader.Source(item);
            var when = Conditions(reader, item, questions);
            Verdict? verdict = null;
            if (verdictText is not null)
            {
                if (VerdictIds.TryGetValue(verdictText, out var known)) verdict = known;
                else reader.Error(reader.Node(item, "verdict")!, $"unknown verdict '{verdictText}'; use suitable, conditional or not_suitable");
            }
            if (id is not null && verdict is { } v && reason is not null && source is not null && when is not null)
                rules.Add((new DiagnosisRule(id, when, v, reason, source), item));
        }
        reader.Unique(rules.Select(r => ((string?)r.Rule.Id, r.Node)), "rule");
        return rules.Select(r => r.Rule).ToList();
    }

    private static Dictionary<string, IReadOnlyList<string>>? Conditions(YamlFileReader reader, YamlMappingNode rule, IReadOnlyList<DiagnosisQuestion> questions)
    {
        if (reader.Mapping(rule, "when") is not { } when) return null;
        var conditions = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (key, value) in when.Children)
        {
            var questionId = key.ToString();
            var answers = value is YamlScalarNode scalar ? [scalar.Value ?? ""] : reader.Strings(value, questionId);
            var question = questions.FirstOrDefault(q => q.Id == questionId);
            if (question is null)
            {
                reader.Error(key, $"unknown question '{questionId}' in rule");
                continue;
            }
            foreach (var answer in answers.Where(a => question.Answers.All(o => o.Id != a)))
                reader.Error(value, $"question '{questionId}' has no answer '{answer}'");
            conditions[questionId] = answers;
        }
        if (when.Children.Count == 0) reader.Error(when, "a rule needs at least one condition");
        return conditions;
    }

    private static Dictionary<Verdict, VerdictText> Verdicts(YamlFileReader reader, YamlMappingNode root)
    {
        var verdicts = new Dictionary<Verdict, VerdictText>();
        if (reader.Mapping(root, "verdicts") is not { } map) return verdicts;
        foreach (var (id, verdict) in VerdictIds)
        {
            if (reader.Mapping(map, id) is not { } entry) continue;
            var label = reader.String(entry, "label");
            var summary = reader.String(entry, "summary");
            if (label is not null && summary is not null) verdicts[verdict] = new VerdictText(label, summary);
        }
        return verdicts;
    }
}
