using System.Diagnostics;
using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using CoalitionBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace CoalitionBot.Tests.Storage;

public sealed class BlobDocumentStoreTests : DocumentStoreContract, IClassFixture<AzuriteContainerFixture>
{
    private readonly AzuriteContainerFixture _azurite;
    private readonly ITestOutputHelper _output;
    private readonly StorageMetrics _metrics = TestStorageMetrics.Create();
    private readonly BlobContainerClient _container;
    private readonly BlobDocumentStore _store;

    public BlobDocumentStoreTests(AzuriteContainerFixture azurite, ITestOutputHelper output)
    {
        _azurite = azurite;
        _output = output;
        _container = azurite.Container(_metrics);
        _store = NewStore(_container);
    }

    protected override IDocumentStore Store => _store;

    private static BlobDocumentStore NewStore(BlobContainerClient container) => new(container, NullLogger<BlobDocumentStore>.Instance);

    private long Requests(StorageMetricsRecorder recorder, string method) =>
        recorder.Sum(StorageMetrics.BlobRequestsName, ("method", method));

    [Fact]
    public async Task Each_operation_is_exactly_one_blob_request()
    {
        using var recorder = new StorageMetricsRecorder(_metrics);
        var key = Key("conversations", "19:abc@thread.tacv2;messageid=1");
        var large = new byte[1024 * 1024];

        var eTag = await _store.WriteAsync(key, Json("{}"), WriteCondition.IfNotExists, Timeout);
        Assert.Equal(1, recorder.Sum(StorageMetrics.BlobRequestsName));
        await _store.ReadAsync(key, Timeout);
        Assert.Equal(2, recorder.Sum(StorageMetrics.BlobRequestsName));
        eTag = await _store.WriteAsync(key, Json("""{"v":2}"""), WriteCondition.IfMatch(eTag), Timeout);
        Assert.Equal(3, recorder.Sum(StorageMetrics.BlobRequestsName));
        await _store.ReadAsync(Key("missing"), Timeout);
        Assert.Equal(4, recorder.Sum(StorageMetrics.BlobRequestsName));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _store.WriteAsync(key, Json("{}"), WriteCondition.IfNotExists, Timeout));
        Assert.Equal(5, recorder.Sum(StorageMetrics.BlobRequestsName));
        await _store.WriteAsync(key, large, WriteCondition.IfMatch(eTag), Timeout);
        Assert.Equal(6, recorder.Sum(StorageMetrics.BlobRequestsName));
        await _store.ReadAsync(key, Timeout);
        Assert.Equal(7, recorder.Sum(StorageMetrics.BlobRequestsName));
        await _store.ListKeysAsync(Prefix("conversations"), Timeout).ToListAsync(Timeout);
        Assert.Equal(8, recorder.Sum(StorageMetrics.BlobRequestsName));
        await _store.DeleteAsync(key, null, Timeout);

        Assert.Equal(9, recorder.Sum(StorageMetrics.BlobRequestsName));
        Assert.Equal(4, Requests(recorder, "PUT"));
        Assert.Equal(4, Requests(recorder, "GET"));
        Assert.Equal(1, Requests(recorder, "DELETE"));
    }

    [Fact]
    public async Task Documents_are_stored_as_json()
    {
        var key = Key("poll");
        await _store.WriteAsync(key, Json("{}"), WriteCondition.IfNotExists, Timeout);

        var properties = await _container.GetBlobClient(key).GetPropertiesAsync(cancellationToken: Timeout);

        Assert.Equal("application/json", properties.Value.ContentType);
    }

    [Fact]
    public async Task A_missing_container_reads_as_empty_and_is_created_by_the_first_writes()
    {
        var name = $"test-missing-{Guid.NewGuid():N}"[..40];
        var requests = new RequestLog();
        var options = BlobContainerClientFactory.ClientOptions(metrics: null);
        options.AddPolicy(requests, HttpPipelinePosition.PerRetry);
        var container = new BlobContainerClient(_azurite.ConnectionString, name, options);
        var store = NewStore(container);
        try
        {
            Assert.Null(await store.ReadAsync("a", Timeout));
            Assert.False(await store.DeleteAsync("a", null, Timeout));
            Assert.Empty(await store.ListKeysAsync("", Timeout).ToListAsync(Timeout));
            await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.WriteAsync("a", Json("{}"), WriteCondition.IfMatch("\"0x1\""), Timeout));
            Assert.False(await container.ExistsAsync(Timeout));

            // Ten first writers at once share one container creation.
            await Task.WhenAll(Enumerable.Range(0, 10).Select(i => store.WriteAsync($"k{i}", Json("{}"), WriteCondition.IfNotExists, Timeout)));

            Assert.Equal(10, (await store.ListKeysAsync("", Timeout).ToListAsync(Timeout)).Count);
            var creations = requests.Count(r => r.Method == "PUT" && r.Query.Contains("restype=container"));
            _output.WriteLine($"Container creations for 10 concurrent first writers: {creations}");
            // A writer whose 404 arrives after a creation finished starts one more (harmless, it finds the container).
            Assert.InRange(creations, 1, 2);
        }
        finally
        {
            await container.DeleteIfExistsAsync(cancellationToken: Timeout);
        }
    }

    [Fact]
    public async Task An_unreachable_account_fails_within_seconds_as_storage_unavailable()
    {
        // Port 1 on loopback refuses connections: a storage account that is down.
        var deadAccount = AzuriteServer.DevelopmentConnectionString.Replace("127.0.0.1:10000", "127.0.0.1:1");
        var store = NewStore(BlobContainerClientFactory.FromConnectionString(deadAccount, "unreachable"));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.ReadAsync("a", Timeout));
        var readFailedAfter = clock.Elapsed;
        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.WriteAsync("a", Json("{}"), WriteCondition.Always, Timeout));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.DeleteAsync("a", null, Timeout));
        await Assert.ThrowsAsync<StorageUnavailableException>(async () => await store.ListKeysAsync("", Timeout).ToListAsync(Timeout));

        _output.WriteLine($"A read from a refused account failed after {readFailedAfter.TotalSeconds:0.00} s (4 tries).");
        Assert.InRange(readFailedAfter, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    /// <summary>The method and query of every request a client sends.</summary>
    private sealed class RequestLog : HttpPipelineSynchronousPolicy, IEnumerable<(string Method, string Query)>
    {
        private readonly ConcurrentQueue<(string Method, string Query)> _requests = new();

        public override void OnSendingRequest(HttpMessage message) =>
            _requests.Enqueue((message.Request.Method.Method, message.Request.Uri.Query));

        public IEnumerator<(string Method, string Query)> GetEnumerator() => _requests.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
