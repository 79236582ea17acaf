using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kyodo.Bot.Activities;

namespace Kyodo.Bot.Conversation.Prompts;

/// <summary>
/// Prompt options read back from dialog state, one shared (immutable) instance per distinct JSON. A prompt's options
/// come from the content, so the same few hundred are read on every turn of every conversation; reading them is a
/// lookup by their UTF-8 JSON instead of a deserialization (bench/Load: it was the largest part of a prompt's turn).
/// </summary>
internal static class PromptOptionsCache
{
    /// <summary>Options with a person's own words in them are distinct each time: past this many, they are read but not kept.</summary>
    private const int MaxKept = 4096;

    private static readonly ConcurrentDictionary<byte[], PromptOptions> Kept = new(Utf8Comparer.Instance);
    private static readonly ConcurrentDictionary<byte[], PromptOptions>.AlternateLookup<ReadOnlySpan<byte>> KeptBySpan =
        Kept.GetAlternateLookup<ReadOnlySpan<byte>>();

    private static readonly ConcurrentDictionary<PromptOptions, byte[]> Written = new();

    [ThreadStatic] private static JsonScratch? _scratch;

    public static PromptOptions Read(JsonNode node)
    {
        var scratch = _scratch ??= new JsonScratch();
        node.WriteTo(scratch.Start());
        return Read(scratch.Written());
    }

    /// <summary>
    /// Options as JSON, to be stored; read back from it, they are these. The questions of the guidance path are asked
    /// with the content's own choice lists, so equal options (same texts, same lists) are written once.
    /// </summary>
    public static byte[] Write(PromptOptions options)
    {
        if (Written.TryGetValue(options, out var json)) return json;
        json = JsonSerializer.SerializeToUtf8Bytes(options, BotJson.Options);
        if (Written.Count < MaxKept) Written.TryAdd(options, json);
        if (Kept.Count < MaxKept) Kept.TryAdd(json, options);
        return json;
    }

    /// <summary>Options as this bot wrote them (the same bytes as <see cref="Read(JsonNode)"/> writes).</summary>
    public static PromptOptions Read(ReadOnlySpan<byte> json)
    {
        if (KeptBySpan.TryGetValue(json, out var kept)) return kept;

        var read = JsonSerializer.Deserialize<PromptOptions>(json, BotJson.Options)
            ?? throw new InvalidOperationException("A prompt was started without options.");
        if (Kept.Count < MaxKept) Kept.TryAdd(json.ToArray(), read);
        return read;
    }

    private sealed class Utf8Comparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly Utf8Comparer Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);
        public int GetHashCode(byte[] bytes) => GetHashCode((ReadOnlySpan<byte>)bytes);
        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);
        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();

        public int GetHashCode(ReadOnlySpan<byte> bytes)
        {
            var hash = new HashCode();
            hash.AddBytes(bytes);
            return hash.ToHashCode();
        }
    }
}
