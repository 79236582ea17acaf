using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kyodo.Bot.Conversation.Dialogs;
using Kyodo.Bot.Guidance;

namespace Kyodo.Bot.Activities;

/// <summary>
/// Types that must stay on reflection even though <see cref="BotJsonContext"/> reaches them. Generated code creates a type
/// with init-only properties through an object initializer, so a property missing from the JSON becomes null instead of
/// keeping its initializer's value (e.g. <c>DialogInstance.State = []</c>); reflection keeps it.
/// </summary>
internal sealed class ReflectionOnlyJsonTypes : IJsonTypeInfoResolver
{
    public static readonly IReadOnlySet<Type> Types = new HashSet<Type> { typeof(DialogInstance), typeof(PartnerQuery) };

    private readonly DefaultJsonTypeInfoResolver _reflection = new();

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        Types.Contains(type) ? _reflection.GetTypeInfo(type, options) : null;
}
