using System.Text.Json;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Handoff;

namespace Kyodo.Bot.Conversation;

/// <summary>
/// The last lines of a conversation, for a handoff dossier. They are read and written with the conversation's state on
/// every turn but needed only when a person is handed to staff, so the stored lines stay JSON (copied as they are
/// when saved again) and only this turn's new lines are objects; <see cref="Lines"/> decodes them when asked.
/// bench/Load: decoding and re-encoding twenty lines was two thirds of the cost of a conversation's state.
/// </summary>
public sealed class RecentLines
{
    /// <summary>How many lines are kept.</summary>
    public const int Max = 20;

    private readonly ReadOnlyMemory<byte>[] _stored = [];
    private readonly List<TranscriptLine> _added = [];

    public RecentLines() { }

    private RecentLines(ReadOnlyMemory<byte>[] stored) => _stored = stored;

    public void Add(IEnumerable<TranscriptLine> lines) => _added.AddRange(lines);

    /// <summary>The kept lines, oldest first; a stored line that cannot be read is left out.</summary>
    public IReadOnlyList<TranscriptLine> Lines()
    {
        var lines = new List<TranscriptLine>(_stored.Length + _added.Count);
        foreach (var stored in _stored)
        {
            if (Decode(stored.Span) is { } line) lines.Add(line);
        }
        lines.AddRange(_added);
        return lines.Count > Max ? lines[^Max..] : lines;
    }

    private static TranscriptLine? Decode(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize<TranscriptLine>(json, BotJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads the stored list the reader is at (its value comes next) as slices of <paramref name="source"/>, the reader's input.</summary>
    internal static RecentLines Read(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null) return new RecentLines();
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("The recent lines must be an array.");
        var stored = new List<ReadOnlyMemory<byte>>(Max);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            stored.Add(source[start..(int)reader.BytesConsumed]);
        }
        return new RecentLines([.. stored]);
    }

    internal void Write(Utf8JsonWriter writer, JsonSerializerOptions options)
    {
        var skip = Math.Max(0, _stored.Length + _added.Count - Max);
        writer.WriteStartArray();
        foreach (var stored in _stored)
        {
            // Copied byte for byte: the line was written here and read back unchanged.
            if (skip > 0) skip--;
            else writer.WriteRawValue(stored.Span, skipInputValidation: true);
        }
        foreach (var line in _added)
        {
            if (skip > 0) skip--;
            else JsonSerializer.Serialize(writer, line, options);
        }
        writer.WriteEndArray();
    }
}
