using System.Buffers;
using System.Text.Json;

namespace Kyodo.Bot.Activities;

/// <summary>
/// A reusable buffer and writer for JSON that is written and then read or copied out at once (with <see cref="BotJson"/>'s
/// encoder). Not thread-safe: each user keeps one per thread, and must not be used again until its JSON is taken.
/// </summary>
internal sealed class JsonScratch
{
    private readonly ArrayBufferWriter<byte> _buffer = new(8192);
    private readonly Utf8JsonWriter _writer;

    public JsonScratch() => _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = BotJson.Options.Encoder });

    /// <summary>The writer, emptied.</summary>
    public Utf8JsonWriter Start()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        return _writer;
    }

    /// <summary>Writes <paramref name="value"/> with <paramref name="write"/> and returns a copy of the JSON.</summary>
    public byte[] WriteToArray<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        write(Start(), value);
        return Written().ToArray();
    }

    /// <summary>
    /// The string value that comes next (null for a JSON null); a <see cref="JsonException"/> for anything else. For the
    /// hand-written readers of stored state.
    /// </summary>
    public static string? ReadNullableString(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => reader.GetString(),
            _ => throw new JsonException("Expected a string."),
        };
    }

    /// <summary>What was written since <see cref="Start"/>; valid until the next start.</summary>
    public ReadOnlySpan<byte> Written()
    {
        _writer.Flush();
        return _buffer.WrittenSpan;
    }
}
