using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kyodo.Bot.Hosting;

namespace Kyodo.Bot.Tests.Deployment;

/// <summary>
/// deploymentTemplates/azure: main.bicep and its compiled main.json say the same thing, every secret goes through
/// Key Vault, the app settings are settings the bot reads, and the parameters sample is enough to deploy.
/// </summary>
public sealed class AzureTemplateTests
{
    private const string KeyVaultReference = "@Microsoft.KeyVault(SecretUri=";

    /// <summary>Settings of the platform, not of the bot (the Application Insights connection string only allows sending telemetry).</summary>
    private static readonly string[] PlatformSettings = ["ASPNETCORE_ENVIRONMENT", "APPLICATIONINSIGHTS_CONNECTION_STRING", "ApplicationInsightsAgent_EXTENSION_VERSION"];

    /// <summary>Settings the template already sets for what the bot reads once PostgreSQL storage lands.</summary>
    private static readonly string[] ComingWithPostgreSql = ["Storage__ConnectionString"];

    private static readonly string Root = RepositoryPaths.FindRoot(AppContext.BaseDirectory);
    private static readonly string Folder = Path.Combine(Root, "deploymentTemplates", "azure");
    private static readonly string BicepText = File.ReadAllText(Path.Combine(Folder, "main.bicep"));
    private static readonly BicepTemplate Bicep = BicepTemplate.Parse(BicepText);
    private static readonly ArmTemplate Arm = ArmTemplate.Parse(File.ReadAllText(Path.Combine(Folder, "main.json")));

    [Fact]
    public void Bicep_and_ARM_declare_the_same_parameters_with_the_same_types()
    {
        Bicep.Parameters.Should().NotBeEmpty();
        Bicep.Parameters.Should().BeEquivalentTo(Arm.Parameters);
    }

    [Fact]
    public void Bicep_and_ARM_deploy_the_same_resource_types_at_the_same_api_versions()
    {
        Bicep.Resources.Should().HaveCountGreaterThan(10);
        Bicep.Resources.Order(StringComparer.Ordinal).Should().Equal(Arm.ResourceTypes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Bicep_and_ARM_set_the_same_app_settings()
    {
        Bicep.AppSettings.Keys.Should().BeEquivalentTo(Arm.AppSettings.Keys);
    }

    [Fact]
    public void The_drift_checks_notice_a_changed_api_version_a_lost_secure_decorator_and_a_renamed_setting()
    {
        var olderApi = BicepTemplate.Parse(BicepText.Replace("flexibleServers@2024-08-01'", "flexibleServers@2022-12-01'"));
        var insecure = BicepTemplate.Parse(Regex.Replace(BicepText, @"@secure\(\)\r?\nparam lineChannelSecret", "param lineChannelSecret"));
        var renamed = BicepTemplate.Parse(BicepText.Replace("name: 'Line__ChannelSecret'", "name: 'Line__Secret'"));

        olderApi.Resources.Order(StringComparer.Ordinal).Should().NotEqual(Arm.ResourceTypes.Order(StringComparer.Ordinal));
        insecure.Parameters["lineChannelSecret"].Should().Be("string");
        renamed.AppSettings.Keys.Should().NotBeEquivalentTo(Arm.AppSettings.Keys);
    }

    [Fact]
    public void Every_secret_parameter_is_secure_in_both_files()
    {
        var secrets = Arm.Parameters.Keys.Where(IsSecretName).ToList();

        secrets.Should().BeEquivalentTo(["microsoftAppPassword", "lineChannelSecret", "lineChannelAccessToken", "directLineSecret", "postgresAdminPassword"]);
        foreach (var name in secrets)
        {
            Arm.Parameters[name].Should().Be("securestring", name);
            Bicep.Parameters[name].Should().Be("securestring", name);
        }
        Arm.Parameters.Where(p => p.Value == "securestring").Select(p => p.Key).Should().BeEquivalentTo(secrets, "only secrets need hiding");
    }

    [Fact]
    public void Every_secure_parameter_is_stored_in_Key_Vault_and_never_put_in_an_app_setting()
    {
        var secretValues = Arm.OfType("Microsoft.KeyVault/vaults/secrets").Select(s => s["properties"]!["value"]!.GetValue<string>()).ToList();

        foreach (var name in Arm.Parameters.Where(p => p.Value == "securestring").Select(p => p.Key))
        {
            secretValues.Should().Contain(v => v.Contains($"parameters('{name}')"), $"{name} should be kept in Key Vault");
            Arm.AppSettings.Values.Should().NotContain(v => v.Contains($"parameters('{name}')"), $"{name} should reach the app only through Key Vault");
            Bicep.AppSettings.Values.Should().NotContain(v => Regex.IsMatch(v, $@"\b{name}\b"), $"{name} should reach the app only through Key Vault");
        }
    }

    [Fact]
    public void Every_secret_app_setting_is_a_Key_Vault_reference()
    {
        var secretSettings = Arm.AppSettings.Keys.Where(k => IsSecretName(k.Split("__")[^1])).ToList();

        secretSettings.Should().BeEquivalentTo(["MicrosoftAppPassword", "Line__ChannelSecret", "Line__ChannelAccessToken", "DirectLine__Secret", "Storage__ConnectionString"]);
        foreach (var name in secretSettings)
        {
            Arm.AppSettings[name].Should().StartWith($"[format('{KeyVaultReference}{{0}})', reference(resourceId('Microsoft.KeyVault/vaults/secrets'", name);
            Bicep.AppSettings[name].Should().MatchRegex(@"^'@Microsoft\.KeyVault\(SecretUri=\$\{\w+\.properties\.secretUri\}\)'$", name);
        }
    }

    [Fact]
    public void The_web_app_reads_Key_Vault_with_an_identity_that_may_get_secrets()
    {
        var site = Arm.OfType("Microsoft.Web/sites").Single();
        var vault = Arm.OfType("Microsoft.KeyVault/vaults").Single();

        site["identity"]!["type"]!.GetValue<string>().Should().Be("UserAssigned");
        site["properties"]!["keyVaultReferenceIdentity"]!.GetValue<string>().Should().Contain("Microsoft.ManagedIdentity/userAssignedIdentities");
        var policy = vault["properties"]!["accessPolicies"]!.AsArray().Should().ContainSingle().Subject!;
        policy["objectId"]!.GetValue<string>().Should().Contain("Microsoft.ManagedIdentity/userAssignedIdentities").And.Contain("principalId");
        policy["permissions"]!["secrets"]!.AsArray().Select(p => p!.GetValue<string>()).Should().Equal("get");
    }

    [Fact]
    public void The_app_settings_are_settings_the_bot_documents()
    {
        using var sample = Sample();

        foreach (var name in Arm.AppSettings.Keys.Except(PlatformSettings).Except(ComingWithPostgreSql))
            Documented(sample.RootElement, name.Split("__")).Should().BeTrue($"{name} should be a setting in appsettings.sample.json");
    }

    [Fact]
    public void Every_secret_the_bot_documents_is_set_from_Key_Vault()
    {
        using var sample = Sample();
        var documentedSecrets = Flatten(sample.RootElement, "").Where(k => IsSecretName(k.Split("__")[^1])).ToList();

        documentedSecrets.Should().Contain(["MicrosoftAppPassword", "Line__ChannelSecret", "Line__ChannelAccessToken", "DirectLine__Secret"]);
        foreach (var name in documentedSecrets)
            Arm.AppSettings.Should().ContainKey(name).WhoseValue.Should().Contain(KeyVaultReference);
    }

    [Fact]
    public void The_app_runs_on_Linux_dotnet_10_behind_an_Azure_Bot_with_the_Teams_channel()
    {
        var site = Arm.OfType("Microsoft.Web/sites").Single();
        var bot = Arm.OfType("Microsoft.BotService/botServices").Single();
        var channel = Arm.OfType("Microsoft.BotService/botServices/channels").Single();

        site["properties"]!["siteConfig"]!["linuxFxVersion"]!.GetValue<string>().Should().Be("DOTNETCORE|10.0");
        Arm.OfType("Microsoft.Web/serverfarms").Single()["properties"]!["reserved"]!.GetValue<bool>().Should().BeTrue("a Linux plan is 'reserved'");
        bot["properties"]!["endpoint"]!.GetValue<string>().Should().Contain("https://{0}/api/messages");
        channel["properties"]!["channelName"]!.GetValue<string>().Should().Be("MsTeamsChannel");
        Arm.AppSettings["Storage__Provider"].Should().Be("PostgreSql");
        Arm.OfType("Microsoft.Insights/diagnosticSettings").Single()["properties"]!["workspaceId"].Should().NotBeNull();
    }

    [Fact]
    public void The_parameters_sample_gives_every_required_parameter_and_only_placeholders()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "main.parameters.sample.json")))!["parameters"]!.AsObject();

        Arm.RequiredParameters.Should().NotBeEmpty();
        sample.Select(p => p.Key).Should().Contain(Arm.RequiredParameters);
        sample.Select(p => p.Key).Should().BeSubsetOf(Arm.Parameters.Keys);
        foreach (var (name, entry) in sample)
            entry!["value"]!.GetValue<string>().Should().MatchRegex("^<[^<>]+>$", $"{name} should be an obvious placeholder");
    }

    private static bool IsSecretName(string name) => Regex.IsMatch(name, "(Password|Secret|Token|ConnectionString)$");

    private static JsonDocument Sample() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "appsettings.sample.json")), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });

    private static bool Documented(JsonElement element, IEnumerable<string> path)
    {
        foreach (var part in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(part, out element)) return false;
        }
        return true;
    }

    private static IEnumerable<string> Flatten(JsonElement element, string prefix) =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject().SelectMany(p => Flatten(p.Value, prefix.Length == 0 ? p.Name : $"{prefix}__{p.Name}"))
            : [prefix];
}
