using System.Text;

namespace Kyodo.Bot.Storage;

/// <summary>
/// JSON documents by key with a version for optimistic concurrency: a write names the version it read,
/// and fails with <see cref="ConcurrencyConflictException"/> when someone else wrote in between.
/// </summary>
public interface IStateStore
{
    /// <summary>The stored document, or null (version 0) when there is none.</summary>
    Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Several documents at once (one round trip where the store can); missing keys are left out.</summary>
    async Task<IReadOnlyDictionary<string, StoredDocument>> ReadManyAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (await ReadAsync(key, cancellationToken).ConfigureAwait(false) is { } document) found[key] = document;
        }
        return found;
    }

    /// <summary>Writes all documents or none.</summary>
    Task WriteAsync(IReadOnlyList<StateWrite> writes, CancellationToken cancellationToken) => WriteAsync(writes, null, cancellationToken);

    /// <summary>
    /// Writes all documents or none; <paramref name="alongside"/> (when given) runs in the same transaction, after
    /// them, so what it writes is committed exactly when they are.
    /// </summary>
    Task WriteAsync(IReadOnlyList<StateWrite> writes, AlongsideWrite? alongside, CancellationToken cancellationToken);

    Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);

    Task<bool> IsReachableAsync(CancellationToken cancellationToken);
}

/// <summary>
/// A stored JSON document as UTF-8 and its version (1 after the first write). Kept as UTF-8 from the database to the
/// deserializer and back, so a turn does not transcode its state to UTF-16 and back (bench/Load).
/// </summary>
public sealed record StoredDocument(byte[] Utf8, long Version)
{
    public StoredDocument(string json, long version) : this(Encoding.UTF8.GetBytes(json), version) { }

    public string Json => Encoding.UTF8.GetString(Utf8);

    public bool Equals(StoredDocument? other) => other is not null && Version == other.Version && Utf8.AsSpan().SequenceEqual(other.Utf8);

    public override int GetHashCode() => HashCode.Combine(Version, Utf8.Length);
}

/// <summary>Write <paramref name="Utf8"/> under <paramref name="Key"/> if the stored version is still <paramref name="ExpectedVersion"/> (0: not stored yet).</summary>
public sealed record StateWrite(string Key, byte[] Utf8, long ExpectedVersion)
{
    public StateWrite(string key, string json, long expectedVersion) : this(key, Encoding.UTF8.GetBytes(json), expectedVersion) { }
}

public sealed class ConcurrencyConflictException(string key)
    : Exception($"State '{key}' was changed by another writer since it was read.")
{
    public string Key { get; } = key;
}
