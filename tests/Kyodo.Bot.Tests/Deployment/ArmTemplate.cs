using System.Text.Json.Nodes;

namespace Kyodo.Bot.Tests.Deployment;

/// <summary>What the tests need from main.json (the compiled ARM template), read with System.Text.Json.</summary>
public sealed class ArmTemplate(JsonObject root)
{
    public static ArmTemplate Parse(string json) => new(JsonNode.Parse(json)!.AsObject());

    /// <summary>Parameter name → ARM type, lower-cased the way Bicep writes it (<c>securestring</c>, <c>int</c> …).</summary>
    public IReadOnlyDictionary<string, string> Parameters =>
        root["parameters"]!.AsObject().ToDictionary(p => p.Key, p => Normalize(p.Value!["type"]!.GetValue<string>()), StringComparer.Ordinal);

    /// <summary>The names of the parameters with no default value: a deployment must give them.</summary>
    public IReadOnlyList<string> RequiredParameters =>
        [.. root["parameters"]!.AsObject().Where(p => !p.Value!.AsObject().ContainsKey("defaultValue")).Select(p => p.Key)];

    public IReadOnlyList<JsonObject> Resources => [.. root["resources"]!.AsArray().Select(r => r!.AsObject())];

    public IReadOnlyList<string> ResourceTypes => [.. Resources.Select(r => $"{r["type"]!.GetValue<string>()}@{r["apiVersion"]!.GetValue<string>()}")];

    public IEnumerable<JsonObject> OfType(string type) =>
        Resources.Where(r => string.Equals(r["type"]!.GetValue<string>(), type, StringComparison.OrdinalIgnoreCase));

    /// <summary>The web app's app settings: name → value (an ARM expression or a literal).</summary>
    public IReadOnlyDictionary<string, string> AppSettings =>
        OfType("Microsoft.Web/sites").Single()["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(s => s!["name"]!.GetValue<string>(), s => s!["value"]!.GetValue<string>(), StringComparer.Ordinal);

    private static string Normalize(string type) => type switch
    {
        "securestring" or "secureString" => "securestring",
        "secureobject" or "secureObject" => "secureObject",
        _ => type.ToLowerInvariant(),
    };
}
