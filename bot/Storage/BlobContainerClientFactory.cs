using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;

namespace CoalitionBot.Storage;

/// <summary>Builds the container client with bounded retries and request counting.</summary>
public static class BlobContainerClientFactory
{
    public static readonly TimeSpan DefaultNetworkTimeout = TimeSpan.FromSeconds(2);

    public static BlobContainerClient FromConnectionString(string connectionString, string containerName, StorageMetrics? metrics = null, TimeSpan? networkTimeout = null) =>
        new(connectionString, containerName, ClientOptions(metrics, networkTimeout));

    public static BlobContainerClient FromAccountUrl(Uri accountUrl, string containerName, TokenCredential credential, StorageMetrics? metrics = null, TimeSpan? networkTimeout = null) =>
        new BlobServiceClient(accountUrl, credential, ClientOptions(metrics, networkTimeout)).GetBlobContainerClient(containerName);

    /// <remarks>
    /// The SDK default waits up to 100 s per try, and a user is waiting for the bot's reply (Teams waits 15 s for a turn).
    /// Our documents are small, so a healthy account answers in milliseconds: with these bounds an unreachable account
    /// fails in well under a second when connections are refused and in at most about 3 x 2 s when nothing answers;
    /// the caller then says nothing was saved. The tests raise the timeout (Storage:NetworkTimeout): on a two-core machine
    /// running every test project at once, Azurite itself sometimes needs longer than a real account.
    /// </remarks>
    internal static BlobClientOptions ClientOptions(StorageMetrics? metrics, TimeSpan? networkTimeout = null)
    {
        var options = new BlobClientOptions
        {
            Retry =
            {
                Mode = RetryMode.Exponential,
                MaxRetries = 2,
                Delay = TimeSpan.FromMilliseconds(200),
                MaxDelay = TimeSpan.FromSeconds(1),
                NetworkTimeout = networkTimeout ?? DefaultNetworkTimeout,
            },
        };
        if (metrics is not null) options.AddPolicy(new BlobRequestCountingPolicy(metrics), HttpPipelinePosition.PerRetry);
        return options;
    }
}
