using System.Net;
using System.Text.Json.Nodes;
using Kyodo.Bot.Channels.Line;
using Kyodo.Bot.Hosting;
using Microsoft.Extensions.Configuration;

namespace Kyodo.Bot.Tests.Channels.Line;

/// <summary><c>line-richmenu</c> against two fakes: the Messaging API host and the data API host (images).</summary>
public sealed class RichMenuCommandTests : IAsyncLifetime
{
    private const string Token = "richmenu-test-token";
    private static readonly string Root = RepositoryPaths.FindRoot(AppContext.BaseDirectory);
    private static readonly string Folder = Path.Combine(Root, "deploymentTemplates", "line");

    private FakeLineApi _api = null!;
    private FakeLineApi _data = null!;
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public async Task InitializeAsync()
    {
        _api = await FakeLineApi.StartAsync();
        _data = await FakeLineApi.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _data.DisposeAsync();
    }

    [Fact]
    public async Task Creates_the_menu_uploads_the_image_to_the_data_host_and_makes_it_the_default_in_that_order()
    {
        var exitCode = await RunAsync(["line-richmenu"]);

        exitCode.Should().Be(0, _error.ToString());
        var create = _api.CallsTo("/v2/bot/richmenu").Should().ContainSingle().Subject;
        var richMenuId = _output.ToString().Trim();
        richMenuId.Should().StartWith("richmenu-");
        var upload = _data.Calls.Should().ContainSingle().Subject;
        var setDefault = _api.Calls.Should().HaveCount(2).And.Subject.Last();

        create.Body.ToJsonString().Should().Be(JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "richmenu.json")))!.ToJsonString());
        LineSpec.Problems(create.Body, "RichMenuRequest").Should().BeEmpty();
        upload.Path.Should().Be($"/v2/bot/richmenu/{richMenuId}/content");
        upload.ContentType.Should().Be("image/png");
        upload.Raw.Should().Equal(File.ReadAllBytes(Path.Combine(Folder, "richmenu.png")));
        setDefault.Path.Should().Be($"/v2/bot/user/all/richmenu/{richMenuId}");
        new[] { create, upload, setDefault }.Select(c => c.Sequence).Should().BeInAscendingOrder();
        new[] { create, upload, setDefault }.Should().OnlyContain(c => c.Authorization == $"Bearer {Token}");
    }

    [Fact]
    public async Task Takes_the_image_and_definition_given_on_the_command_line()
    {
        var definition = Path.Combine(Path.GetTempPath(), $"richmenu-{Guid.NewGuid():N}.json");
        File.WriteAllText(definition, File.ReadAllText(Path.Combine(Folder, "richmenu.json")).Replace("\"メニュー\"", "\"協働メニュー\""));

        var exitCode = await RunAsync(["line-richmenu", "--definition", definition, "--image", Path.Combine(Folder, "richmenu.png")]);

        exitCode.Should().Be(0, _error.ToString());
        _api.CallsTo("/v2/bot/richmenu").Single().Body["chatBarText"]!.GetValue<string>().Should().Be("協働メニュー");
    }

    [Fact]
    public async Task Without_a_channel_access_token_it_says_what_to_set_and_calls_nothing()
    {
        var exitCode = await RunAsync(["line-richmenu"], token: "");

        exitCode.Should().NotBe(0);
        _error.ToString().Should().Contain("Line:ChannelAccessToken").And.Contain("Line__ChannelAccessToken");
        _api.Calls.Should().BeEmpty();
        _data.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task A_refusal_by_LINE_is_printed_with_LINEs_message_and_stops_there()
    {
        _api.Answer("/v2/bot/richmenu", HttpStatusCode.BadRequest,
            """{"message":"The request body has 1 error(s)","details":[{"message":"size must be between 1 and 14","property":"chatBarText"}]}""");

        var exitCode = await RunAsync(["line-richmenu"]);

        exitCode.Should().NotBe(0);
        _error.ToString().Should().Contain("400").And.Contain("The request body has 1 error(s)").And.Contain("chatBarText: size must be between 1 and 14");
        _output.ToString().Should().BeEmpty();
        _api.Calls.Should().ContainSingle("a 4xx is not retried");
        _data.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task A_refused_image_names_the_created_menu_and_does_not_make_it_the_default()
    {
        _data.Answer("/content", HttpStatusCode.BadRequest, """{"message":"Image size must be 2500x1686, 2500x843, ..."}""");

        var exitCode = await RunAsync(["line-richmenu"]);

        exitCode.Should().NotBe(0);
        _error.ToString().Should().Contain("Image size must be").And.MatchRegex("rich menu richmenu-[0-9a-f]+");
        _api.Calls.Should().ContainSingle("the menu is not made the default without its image").Which.Path.Should().Be("/v2/bot/richmenu");
    }

    [Fact]
    public async Task A_server_error_on_upload_is_retried()
    {
        _data.Answer("/content", HttpStatusCode.InternalServerError);

        var exitCode = await RunAsync(["line-richmenu"]);

        exitCode.Should().Be(0, _error.ToString());
        _data.Calls.Should().HaveCount(2);
        _data.Calls.Select(c => c.Raw!.Length).Distinct().Should().ContainSingle("each attempt sends the whole image");
        _api.CallsTo("/v2/bot/user/all/richmenu/" + _output.ToString().Trim()).Should().ContainSingle();
    }

    [Fact]
    public async Task An_image_of_another_size_than_the_menu_is_refused_before_calling_LINE()
    {
        var teamsIcon = Path.Combine(Root, "deploymentTemplates", "teams", "color.png");

        var exitCode = await RunAsync(["line-richmenu", "--image", teamsIcon]);

        exitCode.Should().NotBe(0);
        _error.ToString().Should().Contain("192×192").And.Contain("2500×843");
        _api.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task An_unknown_option_prints_the_usage()
    {
        (await RunAsync(["line-richmenu", "--picture", "x.png"])).Should().Be(2);
        _error.ToString().Should().Contain("usage: line-richmenu");
    }

    private Task<int> RunAsync(string[] args, string token = Token)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Line:ChannelAccessToken"] = token,
            ["Line:ApiBaseUrl"] = _api.BaseUrl,
            ["Line:DataApiBaseUrl"] = _data.BaseUrl,
        }).Build();
        return RichMenuCommand.RunAsync(args, Root, configuration, _output, _error, CancellationToken.None);
    }
}
