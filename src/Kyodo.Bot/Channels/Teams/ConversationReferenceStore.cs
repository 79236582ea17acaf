using System.Text.Json;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Storage;

namespace Kyodo.Bot.Channels.Teams;

/// <summary>
/// Conversation references from authenticated activities, kept so the bot can write later (a desk's reply, a reminder).
/// Their service URLs are also the only ones the Connector client may call, across restarts.
/// <c>updated_at</c> is when the reference last changed.
/// </summary>
public sealed class ConversationReferenceStore(Database database, ServiceUrlAllowList allowed)
{
    /// <summary>How many recently saved references this instance remembers, so their unchanged repeats cost nothing.</summary>
    private const int RememberedReferences = 10_000;

    /// <summary>Per conversation, the fingerprint of the reference saved last.</summary>
    private readonly FingerprintMemory _saved = new(RememberedReferences);

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        allowed.Add(reference.ServiceUrl);
        var conversation = Fingerprint.Of(reference.ChannelId, reference.Conversation.Id);
        var content = reference.Fingerprint();
        if (_saved.Has(conversation, content)) return;
        var json = JsonSerializer.Serialize(reference, BotJson.Options);
        // A small write, committed together with others that arrive meanwhile. Unchanged references are not written:
        // after a restart (nothing remembered) the first turn of each conversation costs a read here.
        await database.SmallWrites.RunAsync(group => group.Command("""
                INSERT INTO conversation_references (channel_id, conversation_id, service_url, json, updated_at)
                SELECT @channel, @conversation, @url, @json, @now
                WHERE NOT EXISTS (SELECT 1 FROM conversation_references
                                  WHERE channel_id = @channel AND conversation_id = @conversation AND json = @json)
                ON CONFLICT (channel_id, conversation_id) DO UPDATE SET service_url = @url, json = @json, updated_at = @now
                """,
                ("@channel", reference.ChannelId), ("@conversation", reference.Conversation.Id!), ("@url", reference.ServiceUrl),
                ("@json", json), ("@now", DateTimeOffset.UtcNow.ToString("O"))).ExecuteNonQueryAsync(),
            cancellationToken).ConfigureAwait(false);
        _saved.Remember(conversation, content);
    }

    public async Task<ConversationReference?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM conversation_references WHERE channel_id = @channel AND conversation_id = @conversation";
        command.Bind("@channel", channelId);
        command.Bind("@conversation", conversationId);
        var json = (string?)await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        if (json is null) return null;
        var reference = JsonSerializer.Deserialize<ConversationReference>(json, BotJson.Options)!;
        allowed.Add(reference.ServiceUrl);
        return reference;
    }
}
