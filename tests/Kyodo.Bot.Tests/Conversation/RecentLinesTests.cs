using System.Text.Json;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Conversation;
using Kyodo.Bot.Handoff;

namespace Kyodo.Bot.Tests.Conversation;

public sealed class RecentLinesTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    private static TranscriptLine Line(int i) => new(i % 2 == 0 ? Speaker.Person : Speaker.Bot, $"行 {i}", At.AddMinutes(i));

    private static ConversationState RoundTrip(ConversationState state) =>
        JsonSerializer.Deserialize<ConversationState>(JsonSerializer.Serialize(state, BotJson.Options), BotJson.Options)!;

    [Fact]
    public void Lines_survive_saving_and_are_stored_as_the_transcript_lines_they_are()
    {
        var state = new ConversationState();
        state.Remember([Line(0), Line(1), new TranscriptLine(Speaker.Staff, "窓口です", At, "佐藤")]);

        var json = JsonSerializer.Serialize(state, BotJson.Options);
        var again = RoundTrip(state);

        again.Recent.Lines().Should().Equal(Line(0), Line(1), new TranscriptLine(Speaker.Staff, "窓口です", At, "佐藤"));
        using var stored = JsonDocument.Parse(json);
        var lines = stored.RootElement.GetProperty("recent").EnumerateArray()
            .Select(e => e.Deserialize<TranscriptLine>(BotJson.Options)).ToList();
        lines.Should().Equal(again.Recent.Lines());
    }

    [Fact]
    public void State_saved_by_earlier_versions_as_a_list_of_lines_is_read()
    {
        var earlier = JsonSerializer.Serialize(new { dialogStack = Array.Empty<object>(), recent = new[] { Line(0), Line(1) } }, BotJson.Options);

        var state = JsonSerializer.Deserialize<ConversationState>(earlier, BotJson.Options)!;

        state.Recent.Lines().Should().Equal(Line(0), Line(1));
    }

    [Fact]
    public void Only_the_last_lines_are_kept_across_turns()
    {
        var state = new ConversationState();
        state.Remember(Enumerable.Range(0, 18).Select(Line));
        state = RoundTrip(state);
        state.Remember(Enumerable.Range(18, 5).Select(Line));

        state.Recent.Lines().Should().Equal(Enumerable.Range(3, RecentLines.Max).Select(Line));
        var saved = RoundTrip(state);
        saved.Recent.Lines().Should().HaveCount(RecentLines.Max);
        saved.Recent.Lines().Should().Equal(Enumerable.Range(3, RecentLines.Max).Select(Line));
    }

    [Fact]
    public void Many_new_lines_at_once_keep_only_the_last_of_them()
    {
        var state = RoundTrip(new ConversationState { Recent = new RecentLines() });
        state.Remember(Enumerable.Range(0, 30).Select(Line));

        RoundTrip(state).Recent.Lines().Should().Equal(Enumerable.Range(10, RecentLines.Max).Select(Line));
    }

    [Fact]
    public void An_unreadable_stored_line_is_left_out_and_the_others_are_kept()
    {
        var json = """{"dialogStack":[],"recent":[{"speaker":0,"text":"はい","at":"2026-11-29T09:00:00+00:00"},{"speaker":"?","at":5}]}""";

        var state = JsonSerializer.Deserialize<ConversationState>(json, BotJson.Options)!;

        state.Recent.Lines().Should().ContainSingle().Which.Text.Should().Be("はい");
    }

    [Fact]
    public void Recent_lines_that_are_not_a_list_make_the_state_unreadable()
    {
        var reading = () => JsonSerializer.Deserialize<ConversationState>("""{"recent":{"text":"x"}}""", BotJson.Options);

        reading.Should().Throw<JsonException>();
    }
}
