using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Kyodo.Bot.Channels.Teams;
using Kyodo.Bot.Conversation;
using Kyodo.Bot.Conversation.Prompts;
using Kyodo.Bot.DirectLine;
using Kyodo.Bot.Handoff;
using Kyodo.Bot.Handoff.Delivery;

namespace Kyodo.Bot.Activities;

/// <summary>
/// Compile-time JSON metadata for what every turn reads and writes, so a turn does not pay for reflection.
/// <see cref="BotJson.Options"/> falls back to reflection for any type not listed here, and for <see cref="ReflectionOnlyJsonTypes"/>.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ActivitySet))]
[JsonSerializable(typeof(StartRequest))]
[JsonSerializable(typeof(JsonElement?))]
[JsonSerializable(typeof(ConversationState))]
[JsonSerializable(typeof(UserProfile))]
[JsonSerializable(typeof(PromptOptions))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(WebChatDelivery))]
[JsonSerializable(typeof(Dossier))]
internal sealed partial class BotJsonContext : JsonSerializerContext;
