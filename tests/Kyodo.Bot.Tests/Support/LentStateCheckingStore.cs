using System.Text.Json;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Storage;

namespace Kyodo.Bot.Tests.Support;

/// <summary>
/// Around the real store: every object a read document lends (<see cref="StoredDocument.TakeDecoded{T}"/>) must serialize
/// to exactly that document's bytes, or the read fails; or, with <paramref name="lend"/> false, nothing is lent, so every
/// turn deserializes its state from the bytes as it does over PostgreSQL.
/// </summary>
public sealed class LentStateCheckingStore(IStateStore inner, bool lend = true) : IStateStore
{
    private int _lent;

    /// <summary>How many lent objects were checked.</summary>
    public int Lent => _lent;

    public async Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken) =>
        (await ReadManyAsync([key], cancellationToken)).GetValueOrDefault(key);

    public async Task<IReadOnlyDictionary<string, StoredDocument>> ReadManyAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var found = await inner.ReadManyAsync(keys, cancellationToken);
        var checkedDocuments = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        foreach (var (key, document) in found)
        {
            if (!lend)
            {
                checkedDocuments[key] = new StoredDocument(document.Utf8, document.Version);
                continue;
            }
            if (document.TakeDecoded<object>() is { } lent)
            {
                var json = JsonSerializer.Serialize(lent, lent.GetType(), BotJson.Options);
                if (json != document.Json)
                    throw new InvalidOperationException($"The object lent for {key} does not match its stored document:\n{json}\n{document.Json}");
                Interlocked.Increment(ref _lent);
                document.KeepDecoded(lent);
            }
            checkedDocuments[key] = document;
        }
        return checkedDocuments;
    }

    public Task WriteAsync(IReadOnlyList<StateWrite> writes, CancellationToken cancellationToken) => inner.WriteAsync(writes, cancellationToken);

    public Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);

    public Task<bool> IsReachableAsync(CancellationToken cancellationToken) => inner.IsReachableAsync(cancellationToken);
}
