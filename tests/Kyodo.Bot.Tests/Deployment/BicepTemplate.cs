using System.Text.RegularExpressions;

namespace Kyodo.Bot.Tests.Deployment;

/// <summary>
/// What the tests need from main.bicep, read with simple regexes (there is no Bicep compiler here):
/// parameters with their type and whether they are <c>@secure()</c>, resources as <c>type@apiVersion</c>, and the web
/// app's app settings as written (name → Bicep expression).
/// </summary>
public sealed partial class BicepTemplate
{
    private BicepTemplate(IReadOnlyDictionary<string, string> parameters, IReadOnlyList<string> resources, IReadOnlyDictionary<string, string> appSettings)
    {
        Parameters = parameters;
        Resources = resources;
        AppSettings = appSettings;
    }

    /// <summary>Parameter name → type as ARM names it (<c>string</c>, <c>securestring</c>, <c>int</c>, <c>bool</c> …).</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; }

    /// <summary>Every resource as <c>Provider/type@apiVersion</c>, in file order.</summary>
    public IReadOnlyList<string> Resources { get; }

    public IReadOnlyDictionary<string, string> AppSettings { get; }

    public static BicepTemplate Parse(string text)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        var decoratorsStart = 0;
        foreach (Match param in ParamLine().Matches(text))
        {
            // The decorators of a parameter are the lines between the previous parameter and this one.
            var secure = SecureDecorator().IsMatch(text[decoratorsStart..param.Index]);
            var type = param.Groups["type"].Value;
            parameters[param.Groups["name"].Value] = secure && type == "string" ? "securestring" : secure && type == "object" ? "secureObject" : type;
            decoratorsStart = param.Index + param.Length;
        }
        var resources = ResourceLine().Matches(text).Select(m => $"{m.Groups["type"].Value}@{m.Groups["version"].Value}").ToList();
        return new BicepTemplate(parameters, resources, ReadAppSettings(text));
    }

    private static Dictionary<string, string> ReadAppSettings(string text)
    {
        var start = AppSettingsStart().Match(text);
        if (!start.Success) return [];
        var indent = start.Groups["indent"].Value;
        var end = text.IndexOf($"\n{indent}]", start.Index, StringComparison.Ordinal);
        var block = text[start.Index..(end < 0 ? text.Length : end)];
        return AppSetting().Matches(block).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value.Trim(), StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^param (?<name>\w+) (?<type>\w+)", RegexOptions.Multiline)]
    private static partial Regex ParamLine();

    [GeneratedRegex(@"^\s*@secure\(\)\s*$", RegexOptions.Multiline)]
    private static partial Regex SecureDecorator();

    [GeneratedRegex(@"^resource (?<symbol>\w+) '(?<type>[^@']+)@(?<version>[^']+)'", RegexOptions.Multiline)]
    private static partial Regex ResourceLine();

    [GeneratedRegex(@"^(?<indent>[ \t]*)appSettings: \[", RegexOptions.Multiline)]
    private static partial Regex AppSettingsStart();

    [GeneratedRegex(@"name: '(?<name>[^']+)'\s*\r?\n\s*value: (?<value>[^\r\n]+)")]
    private static partial Regex AppSetting();
}
