using System.Text.Json;
using System.Text.Json.Serialization;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Conversation.Dialogs;

namespace Kyodo.Bot.Conversation;

/// <summary>
/// A conversation's stored state, read and written by hand instead of by the serializer: it is read and written on every
/// turn, and most of it is saved again as it was read. Dialog states and recent lines stay slices of the stored JSON
/// until used (<see cref="DialogInstance"/>, <see cref="RecentLines"/>). The JSON is the one the serializer wrote
/// before, so state saved by earlier versions reads the same.
/// </summary>
public static class ConversationStateJson
{
    /// <summary>Reads stored state; <paramref name="utf8"/> must not change while the state is used. Throws <see cref="JsonException"/> on anything else.</summary>
    public static ConversationState Read(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            return ReadObject(utf8);
        }
        catch (InvalidOperationException exception)
        {
            // The reader's own complaint about a value (a string that is not valid UTF-8, say): the same unreadable state.
            throw new JsonException(exception.Message, exception);
        }
    }

    private static ConversationState ReadObject(ReadOnlyMemory<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8.Span);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A conversation's state must be an object.");
        var state = new ConversationState();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("dialogStack")) state.DialogStack = ReadStack(ref reader, utf8);
            else if (reader.ValueTextEquals("lastActivityId")) state.LastActivityId = JsonScratch.ReadNullableString(ref reader);
            else if (reader.ValueTextEquals("recent")) state.Recent = RecentLines.Read(ref reader, utf8);
            else if (reader.ValueTextEquals("introductionRequests"))
            {
                reader.Read();
                state.IntroductionRequests = JsonSerializer.Deserialize<List<IntroductionRequest>>(ref reader, BotJson.Options) ?? [];
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        return state;
    }

    [ThreadStatic] private static JsonScratch? _scratch;

    public static byte[] Write(ConversationState state) => (_scratch ??= new JsonScratch()).WriteToArray(state, Write);

    public static void Write(Utf8JsonWriter writer, ConversationState state)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("dialogStack");
        foreach (var dialog in state.DialogStack)
        {
            writer.WriteStartObject();
            writer.WriteString("id", dialog.Id);
            writer.WritePropertyName("state");
            dialog.WriteState(writer);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        if (state.LastActivityId is { } lastActivityId) writer.WriteString("lastActivityId", lastActivityId);
        writer.WritePropertyName("recent");
        state.Recent.Write(writer, BotJson.Options);
        writer.WritePropertyName("introductionRequests");
        JsonSerializer.Serialize(writer, state.IntroductionRequests, BotJson.Options);
        writer.WriteEndObject();
    }

    private static List<DialogInstance> ReadStack(ref Utf8JsonReader reader, ReadOnlyMemory<byte> utf8)
    {
        reader.Read();
        var stack = new List<DialogInstance>();
        if (reader.TokenType == JsonTokenType.Null) return stack;
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("The dialog stack must be an array.");
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            string? id = null;
            var stored = ReadOnlyMemory<byte>.Empty;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id")) id = JsonScratch.ReadNullableString(ref reader);
                else if (reader.ValueTextEquals("state"))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.Null) continue;
                    if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A dialog's state must be an object.");
                    var start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    stored = utf8[start..(int)reader.BytesConsumed];
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
            stack.Add(new DialogInstance(id ?? throw new JsonException("A dialog on the stack has no id."), stored));
        }
        if (reader.TokenType != JsonTokenType.EndArray) throw new JsonException("The dialog stack must be a list of dialogs.");
        return stack;
    }

    /// <summary>The same format wherever the serializer meets a conversation's state (tests, tools).</summary>
    internal sealed class Converter : JsonConverter<ConversationState>
    {
        public override ConversationState Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return ConversationStateJson.Read(System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(document.RootElement).ToArray());
        }

        public override void Write(Utf8JsonWriter writer, ConversationState value, JsonSerializerOptions options) =>
            ConversationStateJson.Write(writer, value);
    }
}
