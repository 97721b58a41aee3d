using CoalitionBot.Storage;

namespace CoalitionBot.Tests.Storage;

/// <summary>
/// A store over another whose next fold dies between writing the document and deleting its line blob, as a bot killed at
/// that moment would: the blob stays, and (once its lock has run out, here at once) is open to appends again.
/// </summary>
public sealed class FoldDiesBeforeDeletingLines(IDocumentStore store) : IDocumentStore, ILineStore
{
    private readonly ILineStore lines = (ILineStore)store;
    private int dies = 1;

    public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken) => store.ReadAsync(key, cancellationToken);
    public Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken) => store.WriteAsync(key, content, condition, cancellationToken);
    public Task<bool> DeleteAsync(string key, string? ifMatchETag, CancellationToken cancellationToken) => store.DeleteAsync(key, ifMatchETag, cancellationToken);
    public IAsyncEnumerable<string> ListKeysAsync(string prefix, CancellationToken cancellationToken) => store.ListKeysAsync(prefix, cancellationToken);
    public Task<bool> TryAcquireLeaseAsync(string key, string leaseId, TimeSpan duration, CancellationToken cancellationToken) => store.TryAcquireLeaseAsync(key, leaseId, duration, cancellationToken);
    public Task ReleaseLeaseAsync(string key, string leaseId, CancellationToken cancellationToken) => store.ReleaseLeaseAsync(key, leaseId, cancellationToken);
    public Task CreateLinesAsync(string key, CancellationToken cancellationToken) => lines.CreateLinesAsync(key, cancellationToken);
    public Task<AppendOutcome> AppendLineAsync(string key, ReadOnlyMemory<byte> line, CancellationToken cancellationToken) => lines.AppendLineAsync(key, line, cancellationToken);
    public Task<bool> TryLockLinesAsync(string key, string lockId, TimeSpan duration, CancellationToken cancellationToken) => lines.TryLockLinesAsync(key, lockId, duration, cancellationToken);
    public Task UnlockLinesAsync(string key, string lockId, CancellationToken cancellationToken) => lines.UnlockLinesAsync(key, lockId, cancellationToken);

    public async Task DeleteLinesAsync(string key, string? lockId, CancellationToken cancellationToken)
    {
        if (lockId is null || Interlocked.Exchange(ref dies, 0) == 0)
        {
            await lines.DeleteLinesAsync(key, lockId, cancellationToken);
            return;
        }
        await lines.UnlockLinesAsync(key, lockId, cancellationToken); // the lock runs out after the bot died
        throw new StorageUnavailableException($"The bot died before deleting '{key}'.");
    }
}
