using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Kyodo.Bot.Activities;

namespace Kyodo.Bot.Conversation.Prompts;

/// <summary>What a prompt asks, its retry text, and the choices (with their buttons). Saved in the prompt's dialog state.</summary>
public sealed record PromptOptions(string Text, string? RetryText = null, IReadOnlyList<AnswerOption>? Choices = null, bool ShowButtons = true)
{
    [JsonIgnore]
    public IReadOnlyList<AnswerOption> ChoiceList => Choices ?? [];

    public JsonNode ToJson() => JsonSerializer.SerializeToNode(this, BotJson.Options)!;

    public static PromptOptions FromJson(JsonNode? node) =>
        node is null ? throw new InvalidOperationException("A prompt was started without options.") : PromptOptionsCache.Read(node);

    /// <summary>Options as stored (JSON written by this bot).</summary>
    public static PromptOptions FromUtf8(ReadOnlySpan<byte> utf8) =>
        utf8.SequenceEqual("null"u8) ? throw new InvalidOperationException("A prompt was started without options.") : PromptOptionsCache.Read(utf8);
}
