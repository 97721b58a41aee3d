using Azure.Storage.Blobs;

namespace CoalitionBot.Storage;

/// <summary>
/// Creates the blob container when a write finds it missing. Concurrent writers share one creation.
/// Creating on demand (instead of before the first call) keeps every call at one request when the
/// container exists, and lets a least-privilege identity that may not create containers work as long
/// as the container was provisioned.
/// </summary>
internal sealed class MissingContainerCreator(BlobContainerClient container)
{
    private readonly Lock _gate = new();
    private Task? _creating;

    public Task CreateAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            // A finished creation is not reused: the container was reported missing again, so it was deleted since.
            if (_creating is null || _creating.IsCompleted)
                _creating = container.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
            // One caller giving up must not cancel the creation the others wait for.
            return _creating.WaitAsync(cancellationToken);
        }
    }
}
