using YamlDotNet.RepresentationModel;

namespace Kyodo.Bot.Content.Loading;

/// <summary>intents.yaml: what people may want when they type freely, with keywords, examples and answers.</summary>
internal static class IntentsParser
{
    public static readonly IReadOnlyList<string> IntentIds = ["diagnose", "recommend", "checklist", "desk", "question", "small_talk", "out_of_scope", "partner"];

    /// <summary>Intents the bot answers with a phrase (no dialog behind them): they need a <c>message</c>.</summary>
    public static readonly IReadOnlyList<string> AnsweredIntents = ["small_talk", "out_of_scope"];

    public static IReadOnlyList<IntentDefinition> Parse(string directory, LoadContext context, IReadOnlyDictionary<string, string> messages)
    {
        var reader = new YamlFileReader("intents.yaml", context);
        var intents = new List<(IntentDefinition Intent, YamlNode Node)>();
        foreach (var node in reader.LoadRootSequence(directory, "intents"))
        {
            var id = reader.Id(node);
            if (id is not null && !IntentIds.Contains(id))
                reader.Error(node, $"unknown intent id '{id}'; use one of {string.Join(", ", IntentIds)}");
            var keywords = reader.StringList(node, "keywords", required: false);
            var examples = reader.StringList(node, "examples", required: false);
            if (keywords.Count == 0 && examples.Count == 0)
                reader.Error(node, $"intent '{id}' needs 'keywords' or 'examples'");
            var message = MessageKey(reader, node, "message", messages, required: id is not null && AnsweredIntents.Contains(id));
            var replies = new List<IntentReply>();
            foreach (var reply in reader.Items(node, "replies", required: false))
            {
                var replyKeywords = reader.StringList(reply, "keywords");
                if (MessageKey(reader, reply, "message", messages, required: true) is { } replyMessage)
                    replies.Add(new IntentReply(replyKeywords, replyMessage));
            }
            var weight = KeywordWeight(reader, node);
            if (id is not null) intents.Add((new IntentDefinition(id, keywords, examples, message, replies, weight), node));
        }
        reader.Unique(intents.Select(i => ((string?)i.Intent.Id, i.Node)), "intent");
        return intents.Select(i => i.Intent).ToArray();
    }

    private static double KeywordWeight(YamlFileReader reader, YamlMappingNode node)
    {
        if (reader.String(node, "keyword_weight", required: false) is not { } text) return 1.0;
        if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var weight) && weight is > 0 and <= 5)
            return weight;
        reader.Error(node.Children[new YamlScalarNode("keyword_weight")], $"'keyword_weight' must be a number above 0 and at most 5");
        return 1.0;
    }

    private static string? MessageKey(YamlFileReader reader, YamlMappingNode node, string key, IReadOnlyDictionary<string, string> messages, bool required)
    {
        var name = reader.String(node, key, required);
        if (name is null) return null;
        if (messages.ContainsKey(name)) return name;
        reader.Error(node.Children[new YamlScalarNode(key)], $"message '{name}' is not in messages.yaml");
        return null;
    }
}
