using Kyodo.Bot.Storage;

namespace Kyodo.Bot.Handoff.Teams;

/// <summary>Which Teams channel is which desk's: set by 「窓口登録 &lt;desk id&gt;」 in that channel.</summary>
public sealed class DeskChannelStore(Database database)
{
    public async Task BindAsync(string deskId, string conversationId, string boundBy, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO desk_channels (desk_id, conversation_id, bound_by, bound_at) VALUES (@desk, @conversation, @by, @at)
            ON CONFLICT (desk_id) DO UPDATE SET conversation_id = @conversation, bound_by = @by, bound_at = @at
            """;
        command.Bind("@desk", deskId);
        command.Bind("@conversation", conversationId);
        command.Bind("@by", boundBy);
        command.Bind("@at", DateTimeOffset.UtcNow.ToString("O"));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<string?> ChannelOfAsync(string deskId, CancellationToken cancellationToken) =>
        ScalarAsync("SELECT conversation_id FROM desk_channels WHERE desk_id = @value", deskId, cancellationToken);

    public Task<string?> DeskOfAsync(string conversationId, CancellationToken cancellationToken) =>
        ScalarAsync("SELECT desk_id FROM desk_channels WHERE conversation_id = @value", conversationId, cancellationToken);

    private async Task<string?> ScalarAsync(string sql, string value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Bind("@value", value);
        return (string?)await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
