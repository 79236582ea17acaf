using System.Text.Json;
using System.Text.Json.Serialization;
using Kyodo.Bot.Activities;

namespace Kyodo.Bot.Conversation;

/// <summary>
/// A person's stored profile, read and written by hand instead of by the serializer: every turn reads it, and writes it
/// to see whether it changed (bench/Load: 4 % of a turn through the serializer). The JSON is the one the serializer
/// wrote before (camelCase names in declaration order, nulls left out), so profiles saved by earlier versions read the same.
/// </summary>
public static class UserProfileJson
{
    /// <summary>Reads a stored profile; throws <see cref="JsonException"/> on anything that is not one.</summary>
    public static UserProfile Read(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8);
            reader.Read();
            return reader.TokenType == JsonTokenType.Null ? new UserProfile() : ReadObject(ref reader);
        }
        catch (InvalidOperationException exception)
        {
            // The reader's own complaint about a value (a number where a string belongs, say): the same unreadable profile.
            throw new JsonException(exception.Message, exception);
        }
    }

    private static UserProfile ReadObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A person's profile must be an object.");
        var profile = new UserProfile();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("welcomed")) profile.Welcomed = reader.Read() && reader.GetBoolean();
            else if (reader.ValueTextEquals("prefecture")) profile.Prefecture = JsonScratch.ReadNullableString(ref reader);
            else if (reader.ValueTextEquals("municipality")) profile.Municipality = JsonScratch.ReadNullableString(ref reader);
            else if (reader.ValueTextEquals("projectDescription")) profile.ProjectDescription = JsonScratch.ReadNullableString(ref reader);
            else if (reader.ValueTextEquals("diagnosisAnswers")) profile.DiagnosisAnswers = ReadDictionary(ref reader);
            else if (reader.ValueTextEquals("facts")) profile.Facts = ReadDictionary(ref reader);
            else if (reader.ValueTextEquals("verdict")) profile.Verdict = JsonScratch.ReadNullableString(ref reader);
            else if (reader.ValueTextEquals("recommendedMethods")) profile.RecommendedMethods = [.. ReadStrings(ref reader)];
            else if (reader.ValueTextEquals("chosenMethod")) profile.ChosenMethod = JsonScratch.ReadNullableString(ref reader);
            else if (reader.ValueTextEquals("documentAnswers")) profile.DocumentAnswers = ReadDictionary(ref reader);
            else if (reader.ValueTextEquals("tickedItems")) profile.TickedItems = [.. ReadStrings(ref reader)];
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        if (reader.TokenType != JsonTokenType.EndObject) throw new JsonException("A person's profile must be an object.");
        return profile;
    }

    [ThreadStatic] private static JsonScratch? _scratch;

    public static byte[] Write(UserProfile profile) => (_scratch ??= new JsonScratch()).WriteToArray(profile, Write);

    public static void Write(Utf8JsonWriter writer, UserProfile profile)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("welcomed", profile.Welcomed);
        WriteIfSet(writer, "prefecture", profile.Prefecture);
        WriteIfSet(writer, "municipality", profile.Municipality);
        WriteIfSet(writer, "projectDescription", profile.ProjectDescription);
        WriteDictionary(writer, "diagnosisAnswers", profile.DiagnosisAnswers);
        WriteDictionary(writer, "facts", profile.Facts);
        WriteIfSet(writer, "verdict", profile.Verdict);
        WriteStrings(writer, "recommendedMethods", profile.RecommendedMethods);
        WriteIfSet(writer, "chosenMethod", profile.ChosenMethod);
        WriteDictionary(writer, "documentAnswers", profile.DocumentAnswers);
        WriteStrings(writer, "tickedItems", profile.TickedItems);
        writer.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null) writer.WriteString(name, value);
    }

    private static void WriteDictionary(Utf8JsonWriter writer, string name, Dictionary<string, string>? values)
    {
        if (values is null) return;
        writer.WriteStartObject(name);
        foreach (var (key, value) in values) writer.WriteString(key, value);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string>? values)
    {
        if (values is null) return;
        writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }

    /// <summary>An object of strings; null reads as empty.</summary>
    private static Dictionary<string, string> ReadDictionary(ref Utf8JsonReader reader)
    {
        reader.Read();
        var values = new Dictionary<string, string>();
        if (reader.TokenType == JsonTokenType.Null) return values;
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("Expected an object.");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            values[key] = JsonScratch.ReadNullableString(ref reader) ?? throw new JsonException("Expected a string.");
        }
        return values;
    }

    /// <summary>An array of strings; null reads as empty.</summary>
    private static List<string> ReadStrings(ref Utf8JsonReader reader)
    {
        reader.Read();
        var values = new List<string>();
        if (reader.TokenType == JsonTokenType.Null) return values;
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("Expected an array.");
        while (reader.Read() && reader.TokenType == JsonTokenType.String) values.Add(reader.GetString()!);
        if (reader.TokenType != JsonTokenType.EndArray) throw new JsonException("Expected an array of strings.");
        return values;
    }

    /// <summary>The same format wherever the serializer meets a profile (tests, tools, the data a person asks for).</summary>
    internal sealed class Converter : JsonConverter<UserProfile>
    {
        public override UserProfile Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            try
            {
                return ReadObject(ref reader);
            }
            catch (InvalidOperationException exception)
            {
                throw new JsonException(exception.Message, exception);
            }
        }

        public override void Write(Utf8JsonWriter writer, UserProfile value, JsonSerializerOptions options) =>
            UserProfileJson.Write(writer, value);
    }
}
