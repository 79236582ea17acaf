using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Conversation;
using Kyodo.Bot.Conversation.Dialogs;
using Kyodo.Bot.Guidance;
using Kyodo.Bot.Handoff;

namespace Kyodo.Bot.Tests.Conversation;

public sealed class ConversationStateJsonTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A state as the serializer wrote it before this codec (an object of the same shape).</summary>
    private static readonly byte[] Stored = JsonSerializer.SerializeToUtf8Bytes(new
    {
        dialogStack = new object[]
        {
            new { id = "diagnose", state = new { options = (object?)null, values = new { }, step = 1 } },
            new { id = "choicePrompt", state = new { options = new { text = "質問 5/7", choices = new[] { new { id = "npo", label = "NPO", synonyms = new[] { "市民団体" } } }, showButtons = true }, misses = 0 } },
        },
        lastActivityId = "a-17",
        recent = new[] { new TranscriptLine(Speaker.Person, "はい", At), new TranscriptLine(Speaker.Bot, "質問 5/7", At) },
        introductionRequests = new[] { new IntroductionRequest(["p1"], new PartnerQuery { Needs = ["place"] }, At) },
    }, BotJson.Options);

    [Fact]
    public void State_saved_by_the_serializer_is_read_whole()
    {
        var state = ConversationStateJson.Read(Stored);

        state.DialogStack.Select(d => d.Id).Should().Equal("diagnose", "choicePrompt");
        state.DialogStack[0].State["step"]!.GetValue<int>().Should().Be(1);
        state.DialogStack[1].State["options"]!["text"]!.GetValue<string>().Should().Be("質問 5/7");
        state.LastActivityId.Should().Be("a-17");
        state.Recent.Lines().Should().Equal(new TranscriptLine(Speaker.Person, "はい", At), new TranscriptLine(Speaker.Bot, "質問 5/7", At));
        state.IntroductionRequests.Should().ContainSingle().Which.PartnerIds.Should().Equal("p1");
    }

    [Fact]
    public void A_state_read_and_left_alone_is_written_back_byte_for_byte()
    {
        ConversationStateJson.Write(ConversationStateJson.Read(Stored)).Should().Equal(Stored);
    }

    [Fact]
    public void Changes_to_used_dialog_states_and_new_lines_are_written_and_the_rest_is_kept()
    {
        var state = ConversationStateJson.Read(Stored);
        state.DialogStack[0].State["step"] = 2;
        state.DialogStack.Add(new DialogInstance { Id = "confirmPrompt" });
        state.Remember([new TranscriptLine(Speaker.Person, "企業", At)]);

        var again = ConversationStateJson.Read(ConversationStateJson.Write(state));

        again.DialogStack.Select(d => d.Id).Should().Equal("diagnose", "choicePrompt", "confirmPrompt");
        again.DialogStack[0].State["step"]!.GetValue<int>().Should().Be(2);
        again.DialogStack[1].State["misses"]!.GetValue<int>().Should().Be(0);
        again.DialogStack[2].State.Should().BeEmpty();
        again.Recent.Lines().Select(l => l.Text).Should().Equal("はい", "質問 5/7", "企業");
    }

    [Fact]
    public void Every_property_of_the_state_is_written()
    {
        var written = JsonNode.Parse(ConversationStateJson.Write(ConversationStateJson.Read(Stored)))!.AsObject();

        var properties = typeof(ConversationState).GetProperties().Where(p => p.CanWrite).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));
        written.Select(p => p.Key).Should().BeEquivalentTo(properties);
    }

    [Fact]
    public void The_serializer_reads_and_writes_the_same_format()
    {
        var state = JsonSerializer.Deserialize<ConversationState>(Stored, BotJson.Options)!;

        JsonSerializer.SerializeToUtf8Bytes(state, BotJson.Options).Should().Equal(Stored);
    }

    [Fact]
    public void Unknown_properties_are_skipped_and_missing_ones_take_their_defaults()
    {
        var state = ConversationStateJson.Read("""{"later":{"a":[1,2]},"dialogStack":[{"id":"menu","extra":true}]}"""u8.ToArray());

        state.DialogStack.Should().ContainSingle().Which.State.Should().BeEmpty();
        state.LastActivityId.Should().BeNull();
        state.Recent.Lines().Should().BeEmpty();
        state.IntroductionRequests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("""[]""")]
    [InlineData("""{"dialogStack":{}}""")]
    [InlineData("""{"dialogStack":[{"state":{}}]}""")]
    [InlineData("""{"dialogStack":[{"id":"menu","state":[1]}]}""")]
    [InlineData("""{"dialogStack":[1]}""")]
    [InlineData("""{"lastActivityId":5}""")]
    [InlineData("""{"recent":"x"}""")]
    [InlineData("""{"dialogStack":[{"id":"menu","state":{"step":1""")]
    public void A_state_of_another_shape_is_a_json_error(string json)
    {
        var reading = () => ConversationStateJson.Read(Encoding.UTF8.GetBytes(json));

        reading.Should().Throw<JsonException>();
    }

    [Fact]
    public void A_string_that_is_not_valid_UTF8_is_a_json_error()
    {
        byte[] json = [.. """{"lastActivityId":"a"""u8, 0xC3, 0x28, .. "\"}"u8];

        var reading = () => ConversationStateJson.Read(json);

        reading.Should().Throw<JsonException>();
    }

    [Fact]
    public void A_stored_dialog_state_gives_one_property_as_stored_until_the_state_is_used()
    {
        var prompt = ConversationStateJson.Read(Stored).DialogStack[1];

        var options = prompt.StoredProperty("options");
        JsonNode.Parse(options)!["text"]!.GetValue<string>().Should().Be("質問 5/7");
        Encoding.UTF8.GetString(prompt.StoredProperty("misses")).Should().Be("0");
        prompt.StoredProperty("none").IsEmpty.Should().BeTrue();

        prompt.State["misses"] = 1;
        prompt.StoredProperty("options").IsEmpty.Should().BeTrue();
    }
}
