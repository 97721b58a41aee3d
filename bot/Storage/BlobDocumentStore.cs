using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;

namespace CoalitionBot.Storage;

/// <summary>
/// Documents as block blobs in one container (Azure or Azurite). Every operation is one request when the
/// container exists: a read is one GET, a write one PUT whose conditions the service checks atomically.
/// </summary>
public sealed partial class BlobDocumentStore : IDocumentStore, ILineStore
{
    private const string JsonContentType = "application/json";
    private const string LinesContentType = "application/x-ndjson";

    private readonly BlobContainerClient _container;
    private readonly MissingContainerCreator _containerCreator;
    private readonly ILogger<BlobDocumentStore> _logger;

    public BlobDocumentStore(BlobContainerClient container, ILogger<BlobDocumentStore> logger)
    {
        _container = container;
        _containerCreator = new MissingContainerCreator(container);
        _logger = logger;
    }

    public string ContainerName => _container.Name;

    public async Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        DocumentKeyRules.ValidateKey(key);
        try
        {
            // One GET returns the content and its ETag together, so they always match. Read straight into an array
            // of the blob's length: buffering the response first would copy large documents (summaries) twice more.
            using var response = (await _container.GetBlobClient(key).DownloadStreamingAsync(cancellationToken: cancellationToken)).Value;
            var content = new byte[response.Details.ContentLength];
            await response.Content.ReadExactlyAsync(content, cancellationToken);
            return new StoredDocument(key, content, response.Details.ETag.ToString());
        }
        catch (RequestFailedException e) when (BlobErrors.IsNotFound(e))
        {
            return null; // No blob, or no container yet: either way nothing is stored.
        }
        catch (Exception e) when (BlobErrors.IsUnavailable(e, cancellationToken))
        {
            throw Unavailable("read", key, e);
        }
    }

    public async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken)
    {
        DocumentKeyRules.ValidateKey(key);
        var blob = _container.GetBlobClient(key);
        var options = UploadOptions(condition);
        try
        {
            try
            {
                return await UploadAsync(blob, content, options, cancellationToken);
            }
            catch (RequestFailedException e) when (BlobErrors.IsContainerNotFound(e) && condition.Kind != WriteConditionKind.IfMatch)
            {
                await _containerCreator.CreateAsync(cancellationToken);
                LogContainerCreated(_container.Name);
                return await UploadAsync(blob, content, options, cancellationToken);
            }
        }
        catch (RequestFailedException e) when (BlobErrors.IsConditionFailed(e) || (BlobErrors.IsNotFound(e) && condition.Kind == WriteConditionKind.IfMatch))
        {
            // If-Match over a blob (or container) that is gone is a lost race too: the version we read no longer exists.
            throw new ConcurrencyConflictException(key, e);
        }
        catch (Exception e) when (BlobErrors.IsUnavailable(e, cancellationToken))
        {
            throw Unavailable("write", key, e);
        }
    }

    public async Task<bool> DeleteAsync(string key, string? ifMatchETag, CancellationToken cancellationToken)
    {
        DocumentKeyRules.ValidateKey(key);
        var conditions = ifMatchETag is null ? null : new BlobRequestConditions { IfMatch = new ETag(ifMatchETag) };
        try
        {
            await _container.GetBlobClient(key).DeleteAsync(DeleteSnapshotsOption.None, conditions, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (BlobErrors.IsNotFound(e) && ifMatchETag is null)
        {
            return false;
        }
        // With If-Match, a missing blob is a 412 (so a 404 is only a missing container): the version read is gone.
        catch (RequestFailedException e) when (BlobErrors.IsConditionFailed(e) || BlobErrors.IsNotFound(e))
        {
            throw new ConcurrencyConflictException(key, e);
        }
        catch (Exception e) when (BlobErrors.IsUnavailable(e, cancellationToken))
        {
            throw Unavailable("delete", key, e);
        }
    }

    public async IAsyncEnumerable<string> ListKeysAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        DocumentKeyRules.ValidatePrefix(prefix);
        // The service lists names in lexical order; keys are ASCII, so that is ordinal order. One request per 5000 names.
        var pages = _container.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix.Length == 0 ? null : prefix, cancellationToken);
        await using var names = pages.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await names.MoveNextAsync()) yield break;
            }
            catch (RequestFailedException e) when (BlobErrors.IsContainerNotFound(e))
            {
                yield break;
            }
            catch (Exception e) when (BlobErrors.IsUnavailable(e, cancellationToken))
            {
                throw Unavailable("list", prefix, e);
            }
            yield return names.Current.Name;
        }
    }

    public async Task<bool> TryAcquireLeaseAsync(string key, string leaseId, TimeSpan duration, CancellationToken cancellationToken)
    {
        DocumentKeyRules.ValidateKey(key);
        LeaseRules.Validate(leaseId, duration);
        var lease = _container.GetBlobClient(key).GetBlobLeaseClient(leaseId);
        try
        {
            try
            {
                await lease.AcquireAsync(duration, cancellationToken: cancellationToken);
            }
            catch (RequestFailedException e) when (BlobErrors.IsNotFound(e))
            {
                // A lease needs a blob: create an empty one (another instance may just have done so).
                try { await WriteAsync(key, ReadOnlyMemory<byte>.Empty, WriteCondition.IfNotExists, cancellationToken); }
                catch (ConcurrencyConflictException) { }
                await lease.AcquireAsync(duration, cancellationToken: cancellationToken);
            }
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Held by someone else: acquiring with the lease's own id succeeds (and renews it), so ours never gets here.
            return false;
        }
        catch (Exception e) when (BlobErrors.IsUnavailable(e, cancellationToken))
        {
            throw Unavailable("lease", key, e);
        }
    }

    public async Task ReleaseLeaseAsync(string key, string leaseId, CancellationToken cancellationToken)
    {
        DocumentKeyRules.ValidateKey(key);
        try
        {
            await _container.GetBlobClient(key).GetBlobLeaseClient(leaseId).ReleaseAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 409 or 412)
        {
            // Not ours any more (lapsed and taken), or gone: nothing to let go of.
        }
        catch (Exception e) when (BlobErrors.IsUnavailable(e, cancellationToken))
        {
            throw Unavailable("release the lease on", key, e);
        }
    }

    public async Task CreateLinesAsync(string key, CancellationToken cancellationToken)
    {
        DocumentKeyRules.ValidateKey(key);
        var blob = _container.GetAppendBlobClient(key);
        var options = new AppendBlobCreateOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = LinesContentType },
            Conditions = new AppendBlobRequestConditions { IfNoneMatch = ETag.All },
        };
        try
        {
            try
            {
                await blob.CreateAsync(options, cancellationToken);
            }
            catch (RequestFailedException e) when (BlobErrors.IsContainerNotFound(e))
            {
                await _containerCreator.CreateAsync(cancellationToken);
                LogContainerCreated(_container.Name);
                await blob.CreateAsync(options, cancellationToken);
            }
        }
        catch (RequestFailedException e) when (BlobErrors.IsConditionFailed(e))
        {
            // There is one already (perhaps locked): that is what was asked for.
        }
        catch (Exception e) when (BlobErrors.IsUnavailable(e, cancellationToken))
        {
            throw Unavailable("create the lines of", key, e);
        }
    }

    public async Task<AppendOutcome> AppendLineAsync(string key, ReadOnlyMemory<byte> line, CancellationToken cancellationToken)
    {
        DocumentKeyRules.ValidateKey(key);
        try
        {
            using var content = BinaryData.FromBytes(line).ToStream();
            var appended = (await _container.GetAppendBlobClient(key).AppendBlockAsync(content, cancellationToken: cancellationToken)).Value;
            return AppendOutcome.Appended(long.Parse(appended.BlobAppendOffset, System.Globalization.CultureInfo.InvariantCulture) + line.Length, appended.BlobCommittedBlockCount);
        }
        catch (RequestFailedException e) when (BlobErrors.IsNotFound(e))
        {
            return AppendOutcome.Missing;
        }
        // A lease without our id: 412 LeaseIdMissing.
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return AppendOutcome.Locked;
        }
        catch (Exception e) when (BlobErrors.IsUnavailable(e, cancellationToken))
        {
            throw Unavailable("append to", key, e);
        }
    }

    public async Task<bool> TryLockLinesAsync(string key, string lockId, TimeSpan duration, CancellationToken cancellationToken)
    {
        DocumentKeyRules.ValidateKey(key);
        LeaseRules.Validate(lockId, duration);
        try
        {
            await _container.GetBlobClient(key).GetBlobLeaseClient(lockId).AcquireAsync(duration, cancellationToken: cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 409)
        {
            return false; // gone, or held by someone else
        }
        catch (Exception e) when (BlobErrors.IsUnavailable(e, cancellationToken))
        {
            throw Unavailable("lock", key, e);
        }
    }

    public Task UnlockLinesAsync(string key, string lockId, CancellationToken cancellationToken) =>
        ReleaseLeaseAsync(key, lockId, cancellationToken);

    public async Task DeleteLinesAsync(string key, string? lockId, CancellationToken cancellationToken)
    {
        DocumentKeyRules.ValidateKey(key);
        var conditions = lockId is null ? null : new BlobRequestConditions { LeaseId = lockId };
        try
        {
            await _container.GetBlobClient(key).DeleteAsync(DeleteSnapshotsOption.None, conditions, cancellationToken);
        }
        catch (RequestFailedException e) when (BlobErrors.IsNotFound(e))
        {
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            throw new ConcurrencyConflictException(key, e); // someone else holds its lock
        }
        catch (Exception e) when (BlobErrors.IsUnavailable(e, cancellationToken))
        {
            throw Unavailable("delete", key, e);
        }
    }

    private static async Task<string> UploadAsync(BlobClient blob, ReadOnlyMemory<byte> content, BlobUploadOptions options, CancellationToken cancellationToken)
    {
        var response = await blob.UploadAsync(BinaryData.FromBytes(content), options, cancellationToken);
        return response.Value.ETag.ToString();
    }

    private static BlobUploadOptions UploadOptions(WriteCondition condition) => new()
    {
        HttpHeaders = new BlobHttpHeaders { ContentType = JsonContentType },
        Conditions = condition.Kind switch
        {
            WriteConditionKind.IfNotExists => new BlobRequestConditions { IfNoneMatch = ETag.All },
            WriteConditionKind.IfMatch => new BlobRequestConditions { IfMatch = new ETag(condition.ETag!) },
            _ => null,
        },
        // Up to this size the SDK sends one PUT; block-by-block uploads would cost several requests.
        TransferOptions = new() { InitialTransferSize = SinglePutLimit, MaximumTransferSize = SinglePutLimit },
    };

    /// <summary>Far above any document of ours; documents are small JSON.</summary>
    private const int SinglePutLimit = 64 * 1024 * 1024;

    private StorageUnavailableException Unavailable(string operation, string key, Exception e)
    {
        LogUnavailable(e, operation, key, BlobErrors.StatusOf(e));
        return new StorageUnavailableException($"Blob storage could not {operation} '{key}'.", e);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Blob storage failed to {Operation} {Key} (status {Status})")]
    private partial void LogUnavailable(Exception exception, string operation, string key, int status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Blob container {Container} was missing; it has been created")]
    private partial void LogContainerCreated(string container);
}
