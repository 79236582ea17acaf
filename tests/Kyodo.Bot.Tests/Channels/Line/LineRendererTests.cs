using System.Text.Json.Nodes;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Channels.Line;
using Kyodo.Bot.Conversation.Replies;

namespace Kyodo.Bot.Tests.Channels.Line;

public sealed class LineRendererTests
{
    private static readonly Activity Incoming = new() { Id = "m1", ChannelId = "line", From = new() { Id = "U1" }, Conversation = new() { Id = "U1" } };

    [Fact]
    public void Long_text_is_split_within_LINE_limits_without_losing_a_character()
    {
        var text = string.Concat(Enumerable.Repeat("協働の進め方について説明します。\n", 700));

        var messages = Render(new TextReply(text));

        messages.Should().HaveCountGreaterThan(1);
        messages.Should().OnlyContain(m => m["text"]!.GetValue<string>().Length <= LineLimits.TextLength);
        string.Concat(messages.Select(m => m["text"]!.GetValue<string>())).Replace("\n", "").Should().Be(text.Replace("\n", ""));
    }

    [Fact]
    public void Choices_become_quick_replies_with_short_labels_and_postback_data()
    {
        var messages = Render(new ChoiceReply("どれですか？", [new ReplyButton("とても長いボタンの名前で二十文字を超えてしまうもの", "long"), new ReplyButton("はい", "yes")]));

        var items = messages.Single()["quickReply"]!["items"]!.AsArray();
        items[0]!["action"]!["label"]!.GetValue<string>().Length.Should().BeLessThanOrEqualTo(20);
        items[0]!["action"]!["data"]!.GetValue<string>().Should().Be("long");
        items[0]!["action"]!["displayText"]!.GetValue<string>().Should().Be("とても長いボタンの名前で二十文字を超えてしまうもの");
        Valid(messages);
    }

    [Fact]
    public void More_choices_than_quick_replies_allow_are_paged_as_a_carousel_of_buttons()
    {
        var buttons = Enumerable.Range(1, 35).Select(i => new ReplyButton($"市町村{i}", $"m{i}")).ToArray();

        var messages = Render(new ChoiceReply("市町村を選んでください", buttons));

        var carousel = messages.Last()["contents"]!;
        carousel["type"]!.GetValue<string>().Should().Be("carousel");
        carousel["contents"]!.AsArray().Should().HaveCount(4);
        carousel.ToJsonString().Should().Contain("\"data\":\"m35\"");
        Valid(messages);
    }

    [Fact]
    public void Cards_become_flex_bubbles_in_a_carousel_with_alt_text()
    {
        var card = new Card("1位 委託", null, [new CardSection("概要", ["説明"]), new CardSection("利点", ["一つ目", "二つ目"])], [new ReplyButton("委託", "commission")]);

        var messages = Render(new CardReply([card, card with { Title = "2位 共催" }]));

        var flex = messages.Single();
        flex["type"]!.GetValue<string>().Should().Be("flex");
        flex["altText"]!.GetValue<string>().Should().Contain("1位 委託");
        flex["contents"]!["contents"]!.AsArray().Should().HaveCount(2);
        Valid(messages);
    }

    private static IReadOnlyList<JsonObject> Render(Reply reply) =>
        LineRenderer.MessagesOf(new LineRenderer().Render([reply], Incoming));

    private static void Valid(IReadOnlyList<JsonObject> messages)
    {
        foreach (var batch in LineBatches.Fit(messages))
        {
            var body = new JsonObject { ["replyToken"] = "t", ["messages"] = new JsonArray([.. batch.Select(m => (JsonNode)m.DeepClone())]) };
            LineSpec.Problems(JsonNode.Parse(body.ToJsonString())!, "ReplyMessageRequest").Should().BeEmpty();
        }
    }
}
