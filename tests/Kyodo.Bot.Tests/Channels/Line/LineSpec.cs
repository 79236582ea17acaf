using Kyodo.Bot.Hosting;
using Kyodo.Bot.Tests.Support;

namespace Kyodo.Bot.Tests.Channels.Line;

/// <summary>LINE's published OpenAPI schema, and a check that every request body the bot sent conforms to it.</summary>
public static class LineSpec
{
    private static readonly Lazy<OpenApiSchema> Schema = new(() => new OpenApiSchema(Path.Combine(
        RepositoryPaths.FindRoot(AppContext.BaseDirectory), "..", "shared", "specs", "line-openapi", "messaging-api.yml")));

    private static readonly Dictionary<string, string> RequestSchemas = new()
    {
        ["/v2/bot/message/reply"] = "ReplyMessageRequest",
        ["/v2/bot/message/push"] = "PushMessageRequest",
        ["/v2/bot/chat/loading/start"] = "ShowLoadingAnimationRequest",
    };

    public static void ShouldConform(IEnumerable<FakeLineApi.Call> calls)
    {
        foreach (var call in calls)
        {
            RequestSchemas.Should().ContainKey(call.Path, "the bot should only call endpoints it knows");
            Schema.Value.Validate(call.Body, RequestSchemas[call.Path]).Should().BeEmpty($"{call.Path} sent {call.Body.ToJsonString()}");
        }
    }

    public static IReadOnlyList<string> Problems(System.Text.Json.Nodes.JsonNode body, string schema) => Schema.Value.Validate(body, schema);
}
