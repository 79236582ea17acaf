using System.IO.Compression;
using Kyodo.Bot.Channels.Teams;
using Kyodo.Bot.Hosting;
using NJsonSchema;

namespace Kyodo.Bot.Tests.Channels.Teams;

public sealed class TeamsPackageTests
{
    private static readonly string Root = RepositoryPaths.FindRoot(AppContext.BaseDirectory);
    private static readonly string Folder = Path.Combine(Root, "deploymentTemplates", "teams");

    [Fact]
    public async Task The_manifest_with_an_app_id_validates_against_the_Teams_schema()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(Root, "..", "shared", "specs", "teams", "MicrosoftTeams.schema.v1.17.json"));
        var manifest = File.ReadAllText(Path.Combine(Folder, "manifest.json")).Replace("{{APP_ID}}", Guid.NewGuid().ToString());

        schema.Validate(manifest).Select(e => $"{e.Path}: {e.Kind}").Should().BeEmpty();
        schema.Validate(manifest.Replace("\"accentColor\": \"#1F6F5C\",", "")).Should().NotBeEmpty("the check must be able to fail");
        schema.Validate(manifest.Replace("\"scopes\": [\"personal\", \"team\", \"groupChat\"]", "\"scopes\": [\"everywhere\"]")).Should().NotBeEmpty();
    }

    [Fact]
    public void The_icons_are_real_PNGs_of_the_sizes_Teams_requires()
    {
        Size(Path.Combine(Folder, "color.png")).Should().Be((192, 192));
        Size(Path.Combine(Folder, "outline.png")).Should().Be((32, 32));
    }

    [Fact]
    public void The_command_writes_a_sideloadable_zip_with_the_app_id_filled_in()
    {
        var target = Path.Combine(Path.GetTempPath(), $"teams-{Guid.NewGuid():N}.zip");
        var appId = Guid.NewGuid();

        var exitCode = TeamsPackageCommand.Run(["teams-package", "--app-id", appId.ToString(), "--out", target], Root, TextWriter.Null);

        exitCode.Should().Be(0);
        using var zip = ZipFile.OpenRead(target);
        zip.Entries.Select(e => e.FullName).Should().BeEquivalentTo(["manifest.json", "color.png", "outline.png"]);
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var manifest = reader.ReadToEnd();
        manifest.Should().Contain(appId.ToString()).And.NotContain("{{APP_ID}}");
    }

    [Fact]
    public void The_command_refuses_a_missing_or_malformed_app_id()
    {
        TeamsPackageCommand.Run(["teams-package", "--app-id", "not-a-guid"], Root, TextWriter.Null).Should().Be(2);
        TeamsPackageCommand.Run(["teams-package"], Root, TextWriter.Null).Should().Be(2);
    }

    private static (int Width, int Height) Size(string png)
    {
        var bytes = File.ReadAllBytes(png);
        bytes.Take(8).Should().Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        return ((bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19], (bytes[20] << 24) | (bytes[21] << 16) | (bytes[22] << 8) | bytes[23]);
    }
}
