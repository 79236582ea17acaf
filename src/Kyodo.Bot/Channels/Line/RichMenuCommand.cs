using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kyodo.Bot.Channels.Line;

/// <summary>
/// <c>dotnet run --project src/Kyodo.Bot -- line-richmenu [--image path] [--definition path]</c>: registers the rich menu
/// of deploymentTemplates/line/ with the LINE channel of <c>Line:ChannelAccessToken</c> — creates it, uploads its image,
/// makes it every user's default — and prints its id. The settings come from appsettings.json, user secrets and
/// environment variables (<c>Line__ChannelAccessToken</c>), as for the bot.
/// </summary>
public static class RichMenuCommand
{
    private const string Usage = "usage: line-richmenu [--image <richmenu.png>] [--definition <richmenu.json>]";
    private static readonly string[] KnownOptions = ["--image", "--definition"];

    public static int Run(IReadOnlyList<string> args, string repositoryRoot, TextWriter output, TextWriter error)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddUserSecrets(typeof(RichMenuCommand).Assembly, optional: true)
            .AddEnvironmentVariables()
            .Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        return RunAsync(args, repositoryRoot, configuration, output, error, timeout.Token).GetAwaiter().GetResult();
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> args, string repositoryRoot, IConfiguration configuration,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!TryReadArguments(args, out var imagePath, out var definitionPath))
        {
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }
        var options = configuration.GetSection(LineOptions.Section).Get<LineOptions>() ?? new LineOptions();
        if (options.ChannelAccessToken.Length == 0)
        {
            await error.WriteLineAsync("Line:ChannelAccessToken is not set. Set it in src/Kyodo.Bot/appsettings.json or user secrets, "
                + "or as the environment variable Line__ChannelAccessToken (LINE Developers console → Messaging API → Channel access token).").ConfigureAwait(false);
            return 1;
        }

        string definition;
        RichMenuImage image;
        try
        {
            definition = File.ReadAllText(definitionPath ?? Path.Combine(repositoryRoot, "deploymentTemplates", "line", "richmenu.json"));
            image = RichMenuImage.Read(imagePath ?? Path.Combine(repositoryRoot, "deploymentTemplates", "line", "richmenu.png"));
            CheckImageFitsDefinition(definition, image);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or JsonException)
        {
            await error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return 1;
        }

        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan }; // the resilience pipeline times each attempt
        var client = new LineRichMenuClient(http, options);
        string? richMenuId = null;
        try
        {
            richMenuId = await client.CreateAsync(definition, cancellationToken).ConfigureAwait(false);
            await client.UploadImageAsync(richMenuId, image, cancellationToken).ConfigureAwait(false);
            await client.SetDefaultAsync(richMenuId, cancellationToken).ConfigureAwait(false);
        }
        catch (LineApiException refused)
        {
            await error.WriteLineAsync(Describe(refused, richMenuId)).ConfigureAwait(false);
            return 1;
        }
        catch (Exception unreachable) when (unreachable is HttpRequestException or Polly.ExecutionRejectedException)
        {
            await error.WriteLineAsync($"LINE could not be reached: {unreachable.Message}").ConfigureAwait(false);
            return 1;
        }
        await output.WriteLineAsync(richMenuId).ConfigureAwait(false);
        return 0;
    }

    private static bool TryReadArguments(IReadOnlyList<string> args, out string? imagePath, out string? definitionPath)
    {
        imagePath = definitionPath = null;
        for (var i = 1; i < args.Count; i += 2)
        {
            if (!KnownOptions.Contains(args[i]) || i + 1 >= args.Count) return false;
            var path = Path.GetFullPath(args[i + 1]);
            if (args[i] == "--image") imagePath = path; else definitionPath = path;
        }
        return true;
    }

    /// <summary>LINE wants the image exactly the size the rich menu object declares; say so before asking LINE.</summary>
    private static void CheckImageFitsDefinition(string definition, RichMenuImage image)
    {
        var size = JsonNode.Parse(definition)?["size"];
        var width = size?["width"]?.GetValue<int>();
        var height = size?["height"]?.GetValue<int>();
        if (image.Width is { } w && image.Height is { } h && (w != width || h != height))
            throw new InvalidDataException($"The image is {w}×{h} but the rich menu declares {width}×{height}; LINE needs them equal.");
    }

    private static string Describe(LineApiException refused, string? richMenuId)
    {
        var step = richMenuId is null ? "creating the rich menu" : $"registering rich menu {richMenuId} (created, but not made the default)";
        var lines = new List<string> { $"LINE refused {step}: {(int)refused.Status} {refused.Status}" };
        try
        {
            var body = JsonNode.Parse(refused.Details) as JsonObject;
            lines.Add($"  {body?["message"]?.GetValue<string>() ?? refused.Details}");
            foreach (var detail in body?["details"]?.AsArray() ?? [])
                lines.Add($"  {detail?["property"]?.GetValue<string>()}: {detail?["message"]?.GetValue<string>()}");
        }
        catch (JsonException)
        {
            lines.Add($"  {refused.Details}");
        }
        return string.Join(Environment.NewLine, lines);
    }
}
