using System.Text.Json;
using Kyodo.Bot.Channels.Line;
using Kyodo.Bot.Conversation;
using Kyodo.Bot.DirectLine;
using Kyodo.Bot.Documents;
using Kyodo.Bot.Handoff.Console;
using Kyodo.Bot.Hosting;

namespace Kyodo.Bot.Tests.Hosting;

/// <summary>appsettings.sample.json documents every setting the code reads.</summary>
public sealed class SettingsSampleTests
{
    public static TheoryData<string, Type> Sections => new()
    {
        { ContentOptions.Section, typeof(ContentOptions) },
        { StorageOptions.Section, typeof(StorageOptions) },
        { "Bot", typeof(BotLimits) },
        { DirectLineOptions.Section, typeof(DirectLineOptions) },
        { LineOptions.Section, typeof(LineOptions) },
        { DocumentOptions.Section, typeof(DocumentOptions) },
        { DeskConsoleOptions.Section, typeof(DeskConsoleOptions) },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public void Every_option_has_an_entry_in_the_sample(string section, Type options)
    {
        var path = Path.Combine(RepositoryPaths.FindRoot(AppContext.BaseDirectory), "appsettings.sample.json");
        using var sample = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });

        var entries = sample.RootElement.GetProperty(section).EnumerateObject().Select(p => p.Name).ToArray();

        entries.Should().BeEquivalentTo(options.GetProperties().Where(p => p.CanWrite).Select(p => p.Name));
    }

    [Fact]
    public void The_Teams_settings_are_in_the_sample_under_the_names_Azure_Bot_Service_uses()
    {
        var path = Path.Combine(RepositoryPaths.FindRoot(AppContext.BaseDirectory), "appsettings.sample.json");
        using var sample = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = sample.RootElement;

        var topLevel = new[] { "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppType", "MicrosoftAppTenantId" };
        foreach (var name in topLevel) root.TryGetProperty(name, out _).Should().BeTrue(name);
        var section = root.GetProperty("BotFramework").EnumerateObject().Select(p => p.Name);
        section.Concat(topLevel).Should().BeEquivalentTo(typeof(Kyodo.Bot.Channels.Teams.TeamsOptions).GetProperties().Where(p => p.CanWrite).Select(p => p.Name));
    }
}
