using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Conversation.Dialogs;
using Kyodo.Bot.Handoff;

namespace Kyodo.Bot.Tests.Activities;

/// <summary>
/// Generated metadata must change nothing: every generated type reads and writes exactly the JSON reflection does,
/// with the same options.
/// </summary>
public sealed class BotJsonSourceGenerationTests
{
    private static readonly JsonSerializerOptions Reflection = new(BotJson.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    public static TheoryData<string> Samples => [.. BotJsonSamples.All.Keys];

    public static TheoryData<Type> GeneratedTypes =>
    [
        .. BotJsonSamples.All.Values.Select(s => s.Type).Distinct().Where(t => !ReflectionOnlyJsonTypes.Types.Contains(t)),
        typeof(ChannelAccount), typeof(ConversationAccount), typeof(Attachment), typeof(SuggestedActions), typeof(CardAction),
        typeof(TranscriptLine), typeof(Kyodo.Bot.Conversation.IntroductionRequest), typeof(Kyodo.Bot.Content.AnswerOption),
    ];

    public static TheoryData<Type> ReflectedTypes => [.. ReflectionOnlyJsonTypes.Types];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Writes_the_same_json_as_reflection(string sample)
    {
        var (type, value) = BotJsonSamples.All[sample];

        JsonSerializer.Serialize(value, type, BotJson.Options).Should().Be(JsonSerializer.Serialize(value, type, Reflection));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Reads_back_what_it_wrote_as_reflection_does(string sample)
    {
        var (type, value) = BotJsonSamples.All[sample];
        var json = JsonSerializer.Serialize(value, type, BotJson.Options);

        var generated = JsonSerializer.Deserialize(json, type, BotJson.Options);
        var reflected = JsonSerializer.Deserialize(json, type, Reflection);

        JsonSerializer.Serialize(generated, type, BotJson.Options).Should().Be(json);
        JsonSerializer.Serialize(reflected, type, Reflection).Should().Be(json);
    }

    [Fact]
    public void The_named_reply_envelopes_write_what_the_anonymous_ones_did()
    {
        Activity[] activities = [new() { Text = "こんにちは" }, new() { Type = ActivityTypes.Typing }];

        JsonSerializer.Serialize(new Kyodo.Bot.Channels.Teams.ExpectedReplies(activities), BotJson.Options)
            .Should().Be(JsonSerializer.Serialize(new { activities = (IReadOnlyList<Activity>)activities }, Reflection));
        JsonSerializer.Serialize(new Kyodo.Bot.DirectLine.ActivitySet(activities, "7"), BotJson.Options)
            .Should().Be(JsonSerializer.Serialize(new { activities = (IReadOnlyList<Activity>)activities, watermark = "7" }, Reflection));
    }

    [Fact]
    public void Japanese_text_is_written_unescaped()
    {
        var json = JsonSerializer.Serialize(BotJsonSamples.All["user profile"].Value, BotJson.Options);

        json.Should().Contain("\"prefecture\":\"愛知県\"").And.Contain("\\n");
    }

    [Theory]
    [InlineData(typeof(Activity), """{"type":"message","text":"こんにちは","unknownField":{"a":[1,2]},"timestamp":"2026-04-01T00:30:15.123Z"}""")]
    [InlineData(typeof(Activity), """{"Type":"message","TEXT":"大文字","isGroup":"x"}""")]
    [InlineData(typeof(Activity), """{"type":"message","attachments":[{"contentType":"text/plain"}],"suggestedActions":{}}""")]
    [InlineData(typeof(TranscriptLine), """{"speaker":1,"text":"名前なし","at":"2026-04-01T09:30:15+09:00"}""")]
    [InlineData(typeof(TranscriptLine), """{"speaker":"Bot","text":"列挙は数値のみ","at":"2026-04-01T09:30:15+09:00"}""")]
    [InlineData(typeof(DialogInstance), """{"state":{"a":1}}""")]
    [InlineData(typeof(DialogInstance), """{"id":"x"}""")]
    [InlineData(typeof(Kyodo.Bot.Conversation.ConversationState), """{"dialogStack":[{"id":"d","state":{"k":["v",null]}}],"recent":null}""")]
    [InlineData(typeof(Kyodo.Bot.Conversation.UserProfile), """{"welcomed":true,"tickedItems":["a","a"],"facts":{"budget":"1"}}""")]
    [InlineData(typeof(Kyodo.Bot.Conversation.Prompts.PromptOptions), """{"text":"質問","choices":[{"id":"a","label":"A","synonyms":[]}],"choiceList":[]}""")]
    [InlineData(typeof(Kyodo.Bot.Guidance.PartnerQuery), """{"needs":["場所"],"hasCriteria":false}""")]
    [InlineData(typeof(Kyodo.Bot.Channels.Teams.ConversationReference), """{"channelId":"msteams","serviceUrl":"https://x/","conversation":{"id":"c"},"bot":{"id":"b"}}""")]
    [InlineData(typeof(Kyodo.Bot.Channels.Teams.ConversationReference), """{"channelId":"msteams"}""")]
    public void Reads_incoming_json_as_reflection_does(Type type, string json)
    {
        Read(json, type, BotJson.Options).Should().Be(Read(json, type, Reflection));
    }

    [Theory]
    [MemberData(nameof(GeneratedTypes))]
    public void Resolves_the_turn_types_from_generated_metadata(Type type)
    {
        BotJson.Options.GetTypeInfo(type).OriginatingResolver.Should().BeSameAs(BotJsonContext.Default);
    }

    [Theory]
    [MemberData(nameof(ReflectedTypes))]
    public void Keeps_types_the_generator_would_read_differently_on_reflection(Type type)
    {
        BotJson.Options.GetTypeInfo(type).OriginatingResolver.Should().NotBeSameAs(BotJsonContext.Default);
    }

    [Fact]
    public void Types_not_generated_still_work_by_reflection()
    {
        var anonymous = new { status = "生きています", missing = (string?)null };

        JsonSerializer.Serialize(anonymous, BotJson.Options).Should().Be("""{"status":"生きています"}""");
    }

    /// <summary>What reading gives, written back with reflection so both sides compare the same way; or the failure.</summary>
    private static string Read(string json, Type type, JsonSerializerOptions options)
    {
        try
        {
            return JsonSerializer.Serialize(JsonSerializer.Deserialize(json, type, options), type, Reflection);
        }
        catch (JsonException failure)
        {
            return $"{failure.GetType().Name}: {failure.Path}";
        }
    }
}
