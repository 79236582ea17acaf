using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kyodo.Bot.Conversation.Dialogs;

/// <summary>
/// One entry of a conversation's dialog stack, saved with the conversation state. A stored entry keeps its state as
/// the JSON it was read from until <see cref="State"/> is first used, and is saved again as that JSON when it was not:
/// a turn usually touches only the top of the stack (bench/Load: reading every entry's state into objects and writing
/// it back was most of the cost of a conversation's state).
/// </summary>
public sealed class DialogInstance
{
    private JsonObject? _state;
    private readonly ReadOnlyMemory<byte> _stored;

    public DialogInstance() { }

    /// <param name="storedState">The state's JSON object as stored; it must not change while this entry is used.</param>
    [SetsRequiredMembers]
    internal DialogInstance(string id, ReadOnlyMemory<byte> storedState)
    {
        Id = id;
        _stored = storedState;
    }

    public required string Id { get; init; }

    public JsonObject State
    {
        get => _state ??= _stored.IsEmpty ? [] : JsonNode.Parse(_stored.Span)!.AsObject();
        init => _state = value;
    }

    /// <summary>
    /// The stored JSON of one property of the state, while the state has not been used (empty when it has, or when the
    /// property is missing): lets a prompt find its options without reading the rest.
    /// </summary>
    internal ReadOnlySpan<byte> StoredProperty(string name)
    {
        if (_state is not null || _stored.IsEmpty) return default;
        var reader = new Utf8JsonReader(_stored.Span);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var found = reader.ValueTextEquals(name);
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            if (found) return _stored.Span[start..(int)reader.BytesConsumed];
        }
        return default;
    }

    internal void WriteState(Utf8JsonWriter writer)
    {
        if (_state is null && !_stored.IsEmpty) writer.WriteRawValue(_stored.Span, skipInputValidation: true);
        else State.WriteTo(writer);
    }
}
