using YamlDotNet.RepresentationModel;

namespace Kyodo.Bot.Content.Loading;

/// <summary>methods.yaml: the facts the recommender asks and the methods with their scoring.</summary>
internal static class MethodsParser
{
    public static MethodsContent Parse(string directory, LoadContext context)
    {
        var reader = new YamlFileReader("methods.yaml", context);
        if (reader.LoadRoot(directory, "methods") is not { } root) return new MethodsContent([], []);
        var facts = Facts(reader, root);
        var methods = new List<(CollaborationMethod Method, YamlNode Node)>();
        foreach (var item in reader.Items(root, "items"))
        {
            if (Method(reader, item, facts) is { } method) methods.Add((method, item));
        }
        reader.Unique(methods.Select(m => ((string?)m.Method.Id, m.Node)), "method");
        return new MethodsContent(facts, methods.Select(m => m.Method).ToArray());
    }

    private static List<MethodFact> Facts(YamlFileReader reader, YamlMappingNode root)
    {
        var facts = new List<(MethodFact Fact, YamlNode Node)>();
        foreach (var item in reader.Items(root, "facts"))
        {
            var id = reader.Id(item);
            var kindText = reader.String(item, "kind");
            var question = reader.String(item, "question");
            var answers = AnswerOptionParser.Answers(reader, item, required: false);
            var source = reader.Source(item, required: false);
            FactKind? kind = kindText switch { "choice" => FactKind.Choice, "number" => FactKind.Number, _ => null };
            if (kindText is not null && kind is null) reader.Error(item, $"unknown kind '{kindText}'; use choice or number");
            if (kind == FactKind.Choice && answers.Count == 0) reader.Error(item, $"choice fact '{id}' needs answers");
            if (kind == FactKind.Number && answers.Count > 0) reader.Error(item, $"number fact '{id}' takes no answers");
            if (id is not null && kind is { } k && question is not null) facts.Add((new MethodFact(id, k, question, answers, source), item));
        }
        reader.Unique(facts.Select(f => ((string?)f.Fact.Id, f.Node)), "fact");
        return facts.Select(f => f.Fact).ToList();
    }

    private static CollaborationMethod? Method(YamlFileReader reader, YamlMappingNode item, IReadOnlyList<MethodFact> facts)
    {
        var id = reader.Id(item);
        var name = reader.Label(item, "name");
        var summary = reader.String(item, "summary");
        var benefits = reader.StringList(item, "benefits");
        var cautions = reader.StringList(item, "cautions");
        var source = reader.Source(item);
        var requires = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (reader.Mapping(item, "requires", required: false) is { } requireMap)
        {
            foreach (var (key, value) in requireMap.Children)
            {
                var answers = reader.Strings(value, key.ToString());
                if (CheckFactAnswers(reader, key, key.ToString(), answers, facts)) requires[key.ToString()] = answers;
            }
        }
        var fit = new List<FitRule>();
        foreach (var ruleNode in reader.Items(item, "fit"))
        {
            if (FitRule(reader, ruleNode, facts) is { } rule) fit.Add(rule);
        }
        if (id is null || name is null || summary is null || source is null) return null;
        return new CollaborationMethod(id, name, summary, benefits, cautions, requires, fit, source);
    }

    private static FitRule? FitRule(YamlFileReader reader, YamlMappingNode node, IReadOnlyList<MethodFact> facts)
    {
        var fact = reader.String(node, "fact");
        var answers = reader.StringList(node, "answers", required: false);
        var min = reader.Integer(node, "min", required: false);
        var max = reader.Integer(node, "max", required: false);
        var points = reader.Integer(node, "points");
        var reason = reader.String(node, "reason");
        if (fact is null || points is null || reason is null) return null;
        if (!CheckFactAnswers(reader, node, fact, answers, facts)) return null;
        var kind = facts.First(f => f.Id == fact).Kind;
        if (kind == FactKind.Choice && answers.Count == 0) reader.Error(node, $"fit rule on choice fact '{fact}' needs answers");
        if (kind == FactKind.Number && min is null && max is null) reader.Error(node, $"fit rule on number fact '{fact}' needs min or max");
        return new FitRule(fact, answers, min, max, points.Value, reason);
    }

    private static bool CheckFactAnswers(YamlFileReader reader, YamlNode node, string factId, IReadOnlyList<string> answers, IReadOnlyList<MethodFact> facts)
    {
        var fact = facts.FirstOrDefault(f => f.Id == factId);
        if (fact is null)
        {
            reader.Error(node, $"unknown fact '{factId}'");
            return false;
        }
        var ok = true;
        foreach (var answer in answers.Where(a => fact.Answers.All(o => o.Id != a)))
        {
            reader.Error(node, $"fact '{factId}' has no answer '{answer}'");
            ok = false;
        }
        return ok;
    }
}
