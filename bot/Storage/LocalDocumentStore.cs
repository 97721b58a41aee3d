using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace CoalitionBot.Storage;

/// <summary>
/// Documents as files in a local folder, for development, with the blob store's semantics: whole-document
/// atomic writes, an ETag that changes on every write, and conditions checked atomically, also against other
/// processes using the same folder.
/// </summary>
public sealed partial class LocalDocumentStore : IDocumentStore, ILineStore
{
    private readonly LocalDocumentPaths _paths;
    private readonly LocalKeyLocks _locks;
    private readonly ILogger<LocalDocumentStore> _logger;

    public LocalDocumentStore(string rootPath, ILogger<LocalDocumentStore> logger)
    {
        _paths = new LocalDocumentPaths(rootPath);
        _locks = new LocalKeyLocks(_paths.RootPath);
        _logger = logger;
    }

    public string RootPath => _paths.RootPath;

    public async Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = _paths.FileOf(key);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            // No lock: writes replace the file by a rename, so a read sees one whole version.
            return await LocalDocumentFile.ReadAsync(path, key, cancellationToken);
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw Unavailable("read", key, e);
        }
    }

    public async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken)
    {
        var path = _paths.FileOf(key);
        try
        {
            // Every write takes the lock, unconditional ones too: otherwise one could land between another's check and rename.
            using var held = await _locks.AcquireAsync(key, cancellationToken);
            var current = LocalDocumentFile.ReadETag(path);
            var allowed = condition.Kind switch
            {
                WriteConditionKind.IfNotExists => current is null,
                WriteConditionKind.IfMatch => current is not null && ETagsMatch(current, condition.ETag!),
                _ => true,
            };
            if (!allowed) throw new ConcurrencyConflictException(key);

            var eTag = LocalDocumentFile.NewETag();
            await LocalDocumentFile.WriteAsync(path, eTag, content, cancellationToken);
            return eTag;
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw Unavailable("write", key, e);
        }
    }

    public async Task<bool> DeleteAsync(string key, string? ifMatchETag, CancellationToken cancellationToken)
    {
        var path = _paths.FileOf(key);
        try
        {
            using var held = await _locks.AcquireAsync(key, cancellationToken);
            var current = LocalDocumentFile.ReadETag(path);
            // As in Azure, If-Match over no document fails: the version the caller read is gone.
            if (ifMatchETag is not null && (current is null || !ETagsMatch(current, ifMatchETag))) throw new ConcurrencyConflictException(key);
            if (current is null) return false;
            // Empty folders stay: removing one could race a writer that has just created it.
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw Unavailable("delete", key, e);
        }
    }

    public async IAsyncEnumerable<string> ListKeysAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        List<string> keys;
        try
        {
            keys = _paths.KeysStartingWith(prefix);
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw Unavailable("list", prefix, e);
        }
        foreach (var key in keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return key;
        }
        await Task.CompletedTask; // The walk is synchronous; the signature is the contract's.
    }

    public async Task<bool> TryAcquireLeaseAsync(string key, string leaseId, TimeSpan duration, CancellationToken cancellationToken)
    {
        LeaseRules.Validate(leaseId, duration);
        var path = _paths.FileOf(key);
        try
        {
            using var held = await _locks.AcquireAsync(key, cancellationToken);
            var now = DateTimeOffset.UtcNow;
            var current = LocalLeaseFile.Read(path);
            if (current is { } lease && lease.ExpiresAt > now && lease.LeaseId != leaseId) return false;
            // As in Azure, a lease needs a document: an empty one is created when there is none.
            if (LocalDocumentFile.ReadETag(path) is null) await LocalDocumentFile.WriteAsync(path, LocalDocumentFile.NewETag(), ReadOnlyMemory<byte>.Empty, cancellationToken);
            LocalLeaseFile.Write(path, new LocalLease(leaseId, now + duration));
            return true;
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw Unavailable("lease", key, e);
        }
    }

    public async Task ReleaseLeaseAsync(string key, string leaseId, CancellationToken cancellationToken)
    {
        var path = _paths.FileOf(key);
        try
        {
            using var held = await _locks.AcquireAsync(key, cancellationToken);
            if (LocalLeaseFile.Read(path) is { } lease && lease.LeaseId == leaseId) LocalLeaseFile.Delete(path);
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw Unavailable("release the lease on", key, e);
        }
    }

    public async Task CreateLinesAsync(string key, CancellationToken cancellationToken)
    {
        var path = _paths.FileOf(key);
        try
        {
            using var held = await _locks.AcquireAsync(key, cancellationToken);
            if (LocalDocumentFile.ReadETag(path) is null) await LocalDocumentFile.WriteAsync(path, LocalDocumentFile.NewETag(), ReadOnlyMemory<byte>.Empty, cancellationToken);
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw Unavailable("create the lines of", key, e);
        }
    }

    public async Task<AppendOutcome> AppendLineAsync(string key, ReadOnlyMemory<byte> line, CancellationToken cancellationToken)
    {
        var path = _paths.FileOf(key);
        try
        {
            using var held = await _locks.AcquireAsync(key, cancellationToken);
            if (LocalDocumentFile.ReadETag(path) is null) return AppendOutcome.Missing;
            if (LocalLeaseFile.Read(path) is { } lease && lease.ExpiresAt > DateTimeOffset.UtcNow) return AppendOutcome.Locked;
            // Under the key's lock nobody else appends; a reader without the lock may see a line half written, and
            // leaves out a last line without its newline. The block count is Azure's; here the length tells the size.
            var length = await LocalDocumentFile.AppendAsync(path, line, cancellationToken);
            return AppendOutcome.Appended(length, 0);
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw Unavailable("append to", key, e);
        }
    }

    public async Task<bool> TryLockLinesAsync(string key, string lockId, TimeSpan duration, CancellationToken cancellationToken)
    {
        LeaseRules.Validate(lockId, duration);
        var path = _paths.FileOf(key);
        try
        {
            using var held = await _locks.AcquireAsync(key, cancellationToken);
            if (LocalDocumentFile.ReadETag(path) is null) return false;
            var now = DateTimeOffset.UtcNow;
            if (LocalLeaseFile.Read(path) is { } lease && lease.ExpiresAt > now && lease.LeaseId != lockId) return false;
            LocalLeaseFile.Write(path, new LocalLease(lockId, now + duration));
            return true;
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw Unavailable("lock", key, e);
        }
    }

    public Task UnlockLinesAsync(string key, string lockId, CancellationToken cancellationToken) =>
        ReleaseLeaseAsync(key, lockId, cancellationToken);

    public async Task DeleteLinesAsync(string key, string? lockId, CancellationToken cancellationToken)
    {
        var path = _paths.FileOf(key);
        try
        {
            using var held = await _locks.AcquireAsync(key, cancellationToken);
            if (LocalDocumentFile.ReadETag(path) is null) return;
            if (LocalLeaseFile.Read(path) is { } lease && lease.ExpiresAt > DateTimeOffset.UtcNow && lease.LeaseId != lockId) throw new ConcurrencyConflictException(key);
            File.Delete(path);
            LocalLeaseFile.Delete(path);
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw Unavailable("delete", key, e);
        }
    }

    /// <summary>Azure compares ETags as opaque strings; accept them with or without quotes.</summary>
    private static bool ETagsMatch(string stored, string given) =>
        string.Equals(stored.Trim('"'), given.Trim('"'), StringComparison.Ordinal);

    /// <summary>Disk full, no permission, a broken file: the caller can only say nothing was saved.</summary>
    private static bool IsUnavailable(Exception e) =>
        e is IOException or UnauthorizedAccessException or InvalidDataException;

    private StorageUnavailableException Unavailable(string operation, string key, Exception e)
    {
        LogUnavailable(e, operation, key, _paths.RootPath);
        return new StorageUnavailableException($"The local store could not {operation} '{key}'.", e);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Local storage failed to {Operation} {Key} in {RootPath}")]
    private partial void LogUnavailable(Exception exception, string operation, string key, string rootPath);
}
