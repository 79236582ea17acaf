using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace Kyodo.Bot.Tests.Support;

/// <summary>
/// Validates JSON against a schema of an OpenAPI document (LINE publishes its API as OpenAPI YAML):
/// $ref, allOf, discriminator mappings, type, required, enum, lengths and item counts, and — to catch typos —
/// properties the schema does not declare.
/// </summary>
public sealed class OpenApiSchema
{
    private readonly JsonObject _schemas;

    public OpenApiSchema(string yamlPath)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(yamlPath)) stream.Load(reader);
        var document = (JsonObject)ToJson(stream.Documents[0].RootNode)!;
        _schemas = document["components"]!["schemas"]!.AsObject();
    }

    /// <summary>Every problem found, as "path: what is wrong"; empty when the value is valid.</summary>
    public IReadOnlyList<string> Validate(JsonNode? value, string schemaName)
    {
        var problems = new List<string>();
        Check(value, Schema(schemaName), "$", problems, null);
        return problems;
    }

    private JsonObject Schema(string name) =>
        _schemas[name]?.AsObject() ?? throw new ArgumentException($"No schema '{name}' in the OpenAPI document.");

    private JsonObject Resolve(JsonObject schema) =>
        schema["$ref"] is JsonValue reference ? Resolve(Schema(reference.GetValue<string>().Split('/')[^1])) : schema;

    private void Check(JsonNode? value, JsonObject schema, string path, List<string> problems, JsonObject? viaDiscriminatorOf)
    {
        schema = Resolve(schema);
        if (schema["discriminator"] is JsonObject discriminator && !ReferenceEquals(schema, viaDiscriminatorOf) && value is JsonObject tagged)
        {
            var property = discriminator["propertyName"]!.GetValue<string>();
            var tag = tagged[property]?.GetValue<string>();
            if (tag is null || discriminator["mapping"]?[tag] is not JsonValue target)
            {
                problems.Add($"{path}.{property}: '{tag}' is not one of {string.Join(", ", discriminator["mapping"]!.AsObject().Select(p => p.Key))}");
                return;
            }
            Check(value, Schema(target.GetValue<string>().Split('/')[^1]), path, problems, schema);
            return;
        }
        foreach (var part in schema["allOf"]?.AsArray() ?? [])
            Check(value, part!.AsObject(), path, problems, viaDiscriminatorOf);
        CheckType(value, schema, path, problems);
        if (value is JsonObject obj) CheckObject(obj, schema, path, problems, viaDiscriminatorOf);
        if (value is JsonArray array && schema["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++) Check(array[i], items, $"{path}[{i}]", problems, null);
        }
    }

    private void CheckObject(JsonObject value, JsonObject schema, string path, List<string> problems, JsonObject? viaDiscriminatorOf)
    {
        foreach (var required in schema["required"]?.AsArray() ?? [])
        {
            if (!value.ContainsKey(required!.GetValue<string>())) problems.Add($"{path}: missing required '{required}'");
        }
        var properties = schema["properties"]?.AsObject();
        if (properties is not null)
        {
            foreach (var (name, child) in value)
            {
                if (properties[name] is JsonObject propertySchema) Check(child, propertySchema, $"{path}.{name}", problems, null);
            }
        }
        // Only the concrete type (with everything from its allOf) knows all its properties.
        if (schema["allOf"] is JsonArray && viaDiscriminatorOf is not null || schema["allOf"] is JsonArray && properties is null)
        {
            var declared = Declared(schema);
            foreach (var (name, _) in value.Where(p => !declared.Contains(p.Key)))
                problems.Add($"{path}.{name}: not a property of this type");
        }
    }

    private HashSet<string> Declared(JsonObject schema)
    {
        schema = Resolve(schema);
        var names = new HashSet<string>(schema["properties"]?.AsObject().Select(p => p.Key) ?? []);
        foreach (var part in schema["allOf"]?.AsArray() ?? []) names.UnionWith(Declared(part!.AsObject()));
        return names;
    }

    private static void CheckType(JsonNode? value, JsonObject schema, string path, List<string> problems)
    {
        var type = schema["type"]?.GetValue<string>();
        var ok = type switch
        {
            "object" => value is JsonObject,
            "array" => value is JsonArray,
            "string" => value is JsonValue s && s.TryGetValue<string>(out _),
            "boolean" => value is JsonValue b && b.TryGetValue<bool>(out _),
            "integer" => value is JsonValue i && i.TryGetValue<long>(out _),
            "number" => value is JsonValue n && n.TryGetValue<double>(out _),
            _ => true,
        };
        if (!ok) { problems.Add($"{path}: expected {type}"); return; }
        if (schema["enum"] is JsonArray allowed && value is JsonValue v && !allowed.Any(a => a!.ToJsonString() == v.ToJsonString()))
            problems.Add($"{path}: {v.ToJsonString()} is not one of {allowed.ToJsonString()}");
        if (value is JsonValue text && text.TryGetValue<string>(out var str))
        {
            if (schema["maxLength"] is JsonValue max && str.Length > Number(max)) problems.Add($"{path}: longer than {max}");
            if (schema["minLength"] is JsonValue min && str.Length < Number(min)) problems.Add($"{path}: shorter than {min}");
        }
        if (value is JsonArray array)
        {
            if (schema["maxItems"] is JsonValue max && array.Count > Number(max)) problems.Add($"{path}: more than {max} items");
            if (schema["minItems"] is JsonValue min && array.Count < Number(min)) problems.Add($"{path}: fewer than {min} items");
        }
        if (value is JsonValue number && number.TryGetValue<double>(out var d) && type is "integer" or "number")
        {
            if (schema["maximum"] is JsonValue max && d > Number(max)) problems.Add($"{path}: above {max}");
            if (schema["minimum"] is JsonValue min && d < Number(min)) problems.Add($"{path}: below {min}");
        }
    }

    private static double Number(JsonNode bound) => double.Parse(bound.ToJsonString(), CultureInfo.InvariantCulture);

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p => KeyValuePair.Create(p.Key.ToString(), ToJson(p.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(ToJson)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is YamlDotNet.Core.ScalarStyle.DoubleQuoted or YamlDotNet.Core.ScalarStyle.SingleQuoted) return JsonValue.Create(text);
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer)) return JsonValue.Create(integer);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)) return JsonValue.Create(real);
        if (text is "true" or "false") return JsonValue.Create(text == "true");
        return JsonValue.Create(text);
    }
}
