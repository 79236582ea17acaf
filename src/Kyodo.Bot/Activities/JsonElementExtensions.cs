using System.Text.Json;

namespace Kyodo.Bot.Activities;

/// <summary>Reading untrusted JSON: a member of something that is not an object is simply not there.</summary>
public static class JsonElementExtensions
{
    public static bool TryGetMember(this JsonElement element, string name, out JsonElement value)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out value)) return true;
        value = default;
        return false;
    }

    /// <summary>The member's text when it is a string; otherwise null.</summary>
    public static string? StringMember(this JsonElement element, string name) =>
        element.TryGetMember(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
