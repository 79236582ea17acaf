using Kyodo.Bot.Storage;

namespace Kyodo.Bot.Handoff.Teams;

/// <summary>Which Teams channel is which desk's: set by 「窓口登録 &lt;desk id&gt;」 in that channel.</summary>
public sealed class DeskChannelStore(Database database)
{
    public Task BindAsync(string deskId, string conversationId, string boundBy, CancellationToken cancellationToken) =>
        database.ExecuteAsync("""
            INSERT INTO desk_channels (desk_id, conversation_id, bound_by, bound_at) VALUES (@desk, @conversation, @by, @at)
            ON CONFLICT (desk_id) DO UPDATE SET conversation_id = @conversation, bound_by = @by, bound_at = @at
            """, cancellationToken,
            ("@desk", deskId), ("@conversation", conversationId), ("@by", boundBy), ("@at", DateTimeOffset.UtcNow.ToString("O")));

    public async Task<string?> ChannelOfAsync(string deskId, CancellationToken cancellationToken) =>
        (string?)await database.ScalarAsync("SELECT conversation_id FROM desk_channels WHERE desk_id = @desk", cancellationToken, ("@desk", deskId)).ConfigureAwait(false);

    public async Task<string?> DeskOfAsync(string conversationId, CancellationToken cancellationToken) =>
        (string?)await database.ScalarAsync("SELECT desk_id FROM desk_channels WHERE conversation_id = @conversation", cancellationToken, ("@conversation", conversationId)).ConfigureAwait(false);
}
