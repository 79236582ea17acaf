using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Handoff;

namespace Kyodo.Bot.Conversation;

/// <summary>
/// The last lines of a conversation, for a handoff dossier. They are read and written with the conversation's state on
/// every turn but needed only when a person is handed to staff, so the stored lines stay JSON (copied as they are
/// when saved again) and only this turn's new lines are objects; <see cref="Lines"/> decodes them when asked.
/// bench/Load: decoding and re-encoding twenty lines was two thirds of the cost of a conversation's state.
/// </summary>
[JsonConverter(typeof(RecentLinesConverter))]
public sealed class RecentLines
{
    /// <summary>How many lines are kept.</summary>
    public const int Max = 20;

    private readonly JsonElement? _stored;
    private readonly List<TranscriptLine> _added = [];

    public RecentLines() { }

    private RecentLines(JsonElement stored) => _stored = stored;

    private int StoredCount => _stored?.GetArrayLength() ?? 0;

    public void Add(IEnumerable<TranscriptLine> lines) => _added.AddRange(lines);

    /// <summary>The kept lines, oldest first; a stored line that cannot be read is left out.</summary>
    public IReadOnlyList<TranscriptLine> Lines()
    {
        var lines = new List<TranscriptLine>(StoredCount + _added.Count);
        if (_stored is { } stored)
        {
            foreach (var element in stored.EnumerateArray())
            {
                if (Decode(element) is { } line) lines.Add(line);
            }
        }
        lines.AddRange(_added);
        return lines.Count > Max ? lines[^Max..] : lines;
    }

    private static TranscriptLine? Decode(JsonElement element)
    {
        try
        {
            return element.Deserialize<TranscriptLine>(BotJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed class RecentLinesConverter : JsonConverter<RecentLines>
    {
        public override RecentLines Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var stored = JsonElement.ParseValue(ref reader);
            return stored.ValueKind switch
            {
                JsonValueKind.Array => new RecentLines(stored),
                JsonValueKind.Null => new RecentLines(),
                _ => throw new JsonException("The recent lines must be an array."),
            };
        }

        public override void Write(Utf8JsonWriter writer, RecentLines value, JsonSerializerOptions options)
        {
            var skip = Math.Max(0, value.StoredCount + value._added.Count - Max);
            writer.WriteStartArray();
            if (value._stored is { } stored)
            {
                foreach (var element in stored.EnumerateArray())
                {
                    // Copied byte for byte: the line was written by this converter and read back unchanged.
                    if (skip > 0) skip--;
                    else writer.WriteRawValue(JsonMarshal.GetRawUtf8Value(element), skipInputValidation: true);
                }
            }
            foreach (var line in value._added)
            {
                if (skip > 0) skip--;
                else JsonSerializer.Serialize(writer, line, options);
            }
            writer.WriteEndArray();
        }
    }
}
