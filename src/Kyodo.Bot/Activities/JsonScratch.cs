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

    /// <summary>What was written since <see cref="Start"/>; valid until the next start.</summary>
    public ReadOnlySpan<byte> Written()
    {
        _writer.Flush();
        return _buffer.WrittenSpan;
    }
}
