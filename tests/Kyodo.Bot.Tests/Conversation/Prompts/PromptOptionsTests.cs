using System.Text.Json.Nodes;
using Kyodo.Bot.Content;
using Kyodo.Bot.Conversation.Prompts;

namespace Kyodo.Bot.Tests.Conversation.Prompts;

public sealed class PromptOptionsTests
{
    private static PromptOptions Options(string text) =>
        new(text, "もう一度", [new AnswerOption("yes", "はい", ["うん", "そう"]), new AnswerOption("no", "いいえ", [])], ShowButtons: false);

    [Fact]
    public void Options_read_back_from_saved_state_equal_what_was_saved()
    {
        var saved = Options("この取組は地域のためのものですか？");

        var read = PromptOptions.FromJson(JsonNode.Parse(saved.ToJson().ToJsonString()));

        read.Text.Should().Be(saved.Text);
        read.RetryText.Should().Be("もう一度");
        read.ShowButtons.Should().BeFalse();
        read.ChoiceList.Should().BeEquivalentTo(saved.ChoiceList, o => o.WithStrictOrdering());
    }

    [Fact]
    public void The_same_options_read_twice_are_one_shared_instance_and_other_options_are_not()
    {
        var first = PromptOptions.FromJson(JsonNode.Parse(Options("質問 1/7").ToJson().ToJsonString()));
        var again = PromptOptions.FromJson(JsonNode.Parse(Options("質問 1/7").ToJson().ToJsonString()));
        var other = PromptOptions.FromJson(JsonNode.Parse(Options("質問 2/7").ToJson().ToJsonString()));

        again.Should().BeSameAs(first);
        other.Should().NotBeSameAs(first);
        other.Text.Should().Be("質問 2/7");
    }

    [Fact]
    public void Options_changed_in_place_in_the_dialog_state_are_read_as_changed()
    {
        var node = Options("質問 3/7").ToJson();
        PromptOptions.FromJson(node);
        node["text"] = "質問 3/7（言い換え）";

        PromptOptions.FromJson(node).Text.Should().Be("質問 3/7（言い換え）");
    }

    [Fact]
    public void Options_read_from_stored_json_are_the_ones_read_from_the_state_object()
    {
        var node = Options("質問 4/7").ToJson();
        var stored = System.Text.Encoding.UTF8.GetBytes(node.ToJsonString(Kyodo.Bot.Activities.BotJson.Options));

        PromptOptions.FromUtf8(stored).Should().BeSameAs(PromptOptions.FromJson(node));
        var reading = () => PromptOptions.FromUtf8("null"u8);
        reading.Should().Throw<InvalidOperationException>().WithMessage("*without options*");
    }

    [Fact]
    public void A_prompt_begins_with_its_options_stored_and_known_when_read_back()
    {
        var options = Options("質問 6/7");

        var state = Kyodo.Bot.Conversation.Prompts.Prompt.NewState(options);

        JsonNode.DeepEquals(JsonNode.Parse(state), new JsonObject { ["options"] = options.ToJson(), ["misses"] = 0 }).Should().BeTrue();
        var stored = new Kyodo.Bot.Conversation.Dialogs.DialogInstance("choicePrompt", state);
        PromptOptions.FromUtf8(stored.StoredProperty("options")).Should().BeSameAs(options);
    }

    [Fact]
    public void Equal_options_are_written_once_and_options_that_differ_are_written_as_they_are()
    {
        var choices = new[] { new AnswerOption("yes", "はい", []) };
        var first = PromptOptionsCache.Write(new PromptOptions("質問 7/7", Choices: choices));

        PromptOptionsCache.Write(new PromptOptions("質問 7/7", Choices: choices)).Should().BeSameAs(first);
        var copied = PromptOptionsCache.Write(new PromptOptions("質問 7/7", Choices: [.. choices]));
        copied.Should().NotBeSameAs(first).And.Equal(first);
        System.Text.Encoding.UTF8.GetString(PromptOptionsCache.Write(new PromptOptions("質問 7/7", Choices: choices, ShowButtons: false)))
            .Should().Contain("\"showButtons\":false");
    }

    [Fact]
    public void Missing_options_are_a_clear_error()
    {
        var reading = () => PromptOptions.FromJson(null);

        reading.Should().Throw<InvalidOperationException>().WithMessage("*without options*");
    }
}
