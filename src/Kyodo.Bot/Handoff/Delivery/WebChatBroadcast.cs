using System.Text.Json;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Storage;

namespace Kyodo.Bot.Handoff.Delivery;

/// <summary>
/// Web Chat conversations live in the memory of the instance serving them. A message for one that another instance
/// serves is announced to all instances over PostgreSQL NOTIFY; the one holding the conversation appends it
/// (<see cref="WebChatBroadcastReceiver"/>). With SQLite there is only one instance, so there is no one to tell.
/// </summary>
public sealed class WebChatBroadcast(Database database)
{
    public const string Channel = "kyodo_webchat";

    /// <summary>PostgreSQL refuses NOTIFY payloads of 8,000 bytes or more.</summary>
    private const int MaxPayloadBytes = 7_900;

    public bool CanReachOtherInstances => database.Provider == "Postgres";

    public async Task PublishAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        if (!CanReachOtherInstances) throw new InvalidOperationException("The person's Web Chat conversation has ended.");
        var payload = JsonSerializer.Serialize(new WebChatDelivery(conversationId, activities), BotJson.Options);
        if (System.Text.Encoding.UTF8.GetByteCount(payload) >= MaxPayloadBytes)
            throw new InvalidOperationException("The message is too long to hand to another instance.");
        await database.ExecuteAsync("SELECT pg_notify(@channel, @payload)", cancellationToken, ("@channel", Channel), ("@payload", payload)).ConfigureAwait(false);
    }
}

/// <summary>What one instance hands another: activities for one Web Chat conversation.</summary>
public sealed record WebChatDelivery(string ConversationId, IReadOnlyList<Activity> Activities);
