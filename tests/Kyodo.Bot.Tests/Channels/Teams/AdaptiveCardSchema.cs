using Kyodo.Bot.Activities;
using Kyodo.Bot.Channels;
using Kyodo.Bot.Hosting;
using NJsonSchema;

namespace Kyodo.Bot.Tests.Channels.Teams;

/// <summary>Every Adaptive Card the bot sends must validate against the published Adaptive Card 1.5 schema.</summary>
public static class AdaptiveCardSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFileAsync(Path.Combine(
        RepositoryPaths.FindRoot(AppContext.BaseDirectory), "..", "shared", "specs", "adaptive-cards", "adaptive-card-1.5.schema.json")).GetAwaiter().GetResult());

    public static void ShouldConform(IEnumerable<Activity> activities)
    {
        foreach (var attachment in activities.SelectMany(a => a.Attachments ?? []).Where(a => a.ContentType == AdaptiveCardBuilder.ContentType))
        {
            var json = attachment.Content!.ToJsonString();
            Schema.Value.Validate(json).Select(e => $"{e.Path}: {e.Kind}").Should().BeEmpty(json);
        }
    }

    public static IReadOnlyList<string> Problems(string json) => Schema.Value.Validate(json).Select(e => $"{e.Path}: {e.Kind}").ToArray();
}
