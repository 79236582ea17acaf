using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Handoff;

namespace Kyodo.Bot.Conversation;

/// <summary>
/// The last lines of a conversation, for a handoff dossier. They are read and written with the conversation's state on
/// every turn but needed only when a person is handed to staff, so each line is kept as its JSON, encoded once when it
/// is added (or as read) and copied as it is whenever the state is saved; <see cref="Lines"/> decodes them when asked.
/// bench/Load: decoding and re-encoding twenty lines was two thirds of the cost of a conversation's state.
/// </summary>
[JsonConverter(typeof(RecentLinesConverter))]
public sealed class RecentLines
{
    /// <summary>How many lines are kept.</summary>
    public const int Max = 20;

    private readonly List<byte[]> _encoded = [];

    public void Add(IEnumerable<TranscriptLine> lines)
    {
        foreach (var line in lines) _encoded.Add(JsonSerializer.SerializeToUtf8Bytes(line, BotJson.Options));
        if (_encoded.Count > Max) _encoded.RemoveRange(0, _encoded.Count - Max);
    }

    /// <summary>The kept lines, oldest first; a stored line that cannot be read is left out.</summary>
    public IReadOnlyList<TranscriptLine> Lines() => _encoded.Select(Decode).OfType<TranscriptLine>().ToList();

    private static TranscriptLine? Decode(byte[] json)
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

    private sealed class RecentLinesConverter : JsonConverter<RecentLines>
    {
        public override RecentLines Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var stored = JsonDocument.ParseValue(ref reader);
            var lines = new RecentLines();
            switch (stored.RootElement.ValueKind)
            {
                case JsonValueKind.Null: return lines;
                case JsonValueKind.Array: break;
                default: throw new JsonException("The recent lines must be an array.");
            }
            foreach (var element in stored.RootElement.EnumerateArray()) lines._encoded.Add(JsonMarshal.GetRawUtf8Value(element).ToArray());
            if (lines._encoded.Count > Max) lines._encoded.RemoveRange(0, lines._encoded.Count - Max);
            return lines;
        }

        public override void Write(Utf8JsonWriter writer, RecentLines value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            // Copied byte for byte: each line was encoded by this class, or read back as it was.
            foreach (var line in value._encoded) writer.WriteRawValue(line, skipInputValidation: true);
            writer.WriteEndArray();
        }
    }
}
