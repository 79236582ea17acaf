using System.Security.Cryptography;
using Kyodo.Bot.Storage;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Kyodo.Bot.Documents;

public sealed record StoredDocumentFile(string FileName, string ContentType, byte[] Content, DateTimeOffset ExpiresAt);

/// <summary>Generated drafts behind short-lived, unguessable ids (256 random bits): only the person holding the link can fetch one.</summary>
public sealed class DocumentStore(Database database, IOptions<DocumentOptions> options, TimeProvider clock)
{
    public async Task<string> SaveAsync(string fileName, string contentType, byte[] content, CancellationToken cancellationToken)
    {
        var id = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM documents WHERE expires_at < @now;
            INSERT INTO documents (id, file_name, content_type, content, expires_at) VALUES (@id, @name, @type, @content, @expires);
            """;
        command.Bind("@now", clock.GetUtcNow().ToString("O"));
        command.Bind("@id", id);
        command.Bind("@name", fileName);
        command.Bind("@type", contentType);
        command.Bind("@content", content);
        command.Bind("@expires", clock.GetUtcNow().AddMinutes(options.Value.LinkLifetimeMinutes).ToString("O"));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    public async Task<StoredDocumentFile?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT file_name, content_type, content, expires_at FROM documents WHERE id = @id";
        command.Bind("@id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        return new StoredDocumentFile(reader.GetString(0), reader.GetString(1), (byte[])reader["content"], DateTimeOffset.Parse(reader.GetString(3), System.Globalization.CultureInfo.InvariantCulture));
    }

    public bool IsExpired(StoredDocumentFile file) => file.ExpiresAt <= clock.GetUtcNow();
}
