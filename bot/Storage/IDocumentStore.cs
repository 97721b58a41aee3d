namespace CoalitionBot.Storage;

/// <summary>
/// The bot's one storage seam: named JSON documents with ETags for optimistic concurrency.
/// Keys are '/'-separated paths of segments made with <see cref="StorageKey"/>.
/// Implementations: Azure Blob Storage (Azure or Azurite) and a local folder for development.
/// </summary>
public interface IDocumentStore
{
    /// <summary>The document, or null when there is none under that key.</summary>
    Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Writes the whole document atomically and returns its new ETag.</summary>
    /// <exception cref="ConcurrencyConflictException">The condition does not hold (changed or already exists).</exception>
    Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken);

    /// <summary>Deletes the document; false when there was none (and no ETag was given).</summary>
    /// <exception cref="ConcurrencyConflictException">An ETag was given and the document has changed or is gone (as Azure answers).</exception>
    Task<bool> DeleteAsync(string key, string? ifMatchETag, CancellationToken cancellationToken);

    /// <summary>Keys that start with <paramref name="prefix"/>, in ordinal order.</summary>
    IAsyncEnumerable<string> ListKeysAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the lease on the document for <paramref name="leaseId"/> (a missing document is created empty first),
    /// or renews it when <paramref name="leaseId"/> holds it already. False while someone else holds it.
    /// A lease that is not renewed within <paramref name="duration"/> (15 to 60 seconds, as Azure allows) lapses.
    /// </summary>
    Task<bool> TryAcquireLeaseAsync(string key, string leaseId, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Lets go of the lease if <paramref name="leaseId"/> holds it, so another can take it at once.</summary>
    Task ReleaseLeaseAsync(string key, string leaseId, CancellationToken cancellationToken);
}

/// <summary>A stored document's bytes (UTF-8 JSON) and the ETag to write it back with.</summary>
public sealed record StoredDocument(string Key, ReadOnlyMemory<byte> Content, string ETag);
