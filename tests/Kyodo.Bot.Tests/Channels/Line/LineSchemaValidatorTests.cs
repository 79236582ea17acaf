using System.Text.Json.Nodes;

namespace Kyodo.Bot.Tests.Channels.Line;

/// <summary>The schema check itself must catch what LINE would refuse, or its passing means nothing.</summary>
public sealed class LineSchemaValidatorTests
{
    [Fact]
    public void A_valid_reply_passes()
    {
        var body = JsonNode.Parse("""{"replyToken":"t","messages":[{"type":"text","text":"こんにちは","quickReply":{"items":[{"type":"action","action":{"type":"postback","label":"はい","data":"yes","displayText":"はい"}}]}}]}""")!;
        LineSpec.Problems(body, "ReplyMessageRequest").Should().BeEmpty();
    }

    [Theory]
    [InlineData("""{"messages":[{"type":"text","text":"x"}]}""", "missing required 'replyToken'")]
    [InlineData("""{"replyToken":"t","messages":[]}""", "fewer than 1 items")]
    [InlineData("""{"replyToken":"t","messages":[{"type":"text","text":"1"},{"type":"text","text":"2"},{"type":"text","text":"3"},{"type":"text","text":"4"},{"type":"text","text":"5"},{"type":"text","text":"6"}]}""", "more than 5 items")]
    [InlineData("""{"replyToken":"t","messages":[{"type":"txt","text":"x"}]}""", "'txt' is not one of")]
    [InlineData("""{"replyToken":"t","messages":[{"type":"text"}]}""", "missing required 'text'")]
    [InlineData("""{"replyToken":"t","messages":[{"type":"text","text":"x","colour":"red"}]}""", "not a property of this type")]
    [InlineData("""{"replyToken":"t","messages":[{"type":"flex","altText":"a","contents":{"type":"bubble","body":{"type":"box","layout":"sideways","contents":[]}}}]}""", "is not one of")]
    public void What_LINE_would_refuse_is_caught(string json, string problem)
    {
        LineSpec.Problems(JsonNode.Parse(json)!, "ReplyMessageRequest").Should().Contain(p => p.Contains(problem));
    }
}
