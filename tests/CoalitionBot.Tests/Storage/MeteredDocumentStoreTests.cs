using System.Text;
using CoalitionBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoalitionBot.Tests.Storage;

public sealed class MeteredDocumentStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly StorageMetrics _metrics = TestStorageMetrics.Create();
    private readonly StorageMetricsRecorder _recorder;
    private readonly MeteredDocumentStore _store;

    public MeteredDocumentStoreTests()
    {
        _recorder = new StorageMetricsRecorder(_metrics);
        _store = new MeteredDocumentStore(new LocalDocumentStore(_folder.Path, NullLogger<LocalDocumentStore>.Instance), _metrics);
    }

    public void Dispose()
    {
        _recorder.Dispose();
        _folder.Dispose();
    }

    private long Count(string operation, string outcome) =>
        _recorder.Sum(StorageMetrics.OperationsName, ("operation", operation), ("outcome", outcome));

    [Fact]
    public async Task Every_call_is_counted_by_operation_and_outcome()
    {
        var ct = CancellationToken.None;
        var content = Encoding.UTF8.GetBytes("{}");

        await _store.ReadAsync("polls/1", ct);
        var eTag = await _store.WriteAsync("polls/1", content, WriteCondition.IfNotExists, ct);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _store.WriteAsync("polls/1", content, WriteCondition.IfNotExists, ct));
        await _store.ReadAsync("polls/1", ct);
        await _store.WriteAsync("polls/2", content, WriteCondition.Always, ct);
        await _store.ListKeysAsync("polls/", ct).ToListAsync(ct);
        await _store.ListKeysAsync("polls/", ct).FirstAsync(ct); // stopping early is still one listing
        Assert.True(await _store.DeleteAsync("polls/1", eTag, ct));
        Assert.False(await _store.DeleteAsync("polls/1", null, ct));

        Assert.Equal(1, Count("read", "not_found"));
        Assert.Equal(1, Count("read", "ok"));
        Assert.Equal(2, Count("write", "ok"));
        Assert.Equal(1, Count("write", "conflict"));
        Assert.Equal(2, Count("list", "ok"));
        Assert.Equal(1, Count("delete", "ok"));
        Assert.Equal(1, Count("delete", "not_found"));
        Assert.Equal(9, _recorder.Sum(StorageMetrics.OperationsName));
    }

    [Fact]
    public async Task A_failing_store_is_counted_as_unavailable_and_the_failure_still_reaches_the_caller()
    {
        var blocked = Path.Combine(_folder.Path, "blocked");
        await File.WriteAllTextAsync(blocked, "");
        var store = new MeteredDocumentStore(new LocalDocumentStore(blocked, NullLogger<LocalDocumentStore>.Instance), _metrics);

        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.WriteAsync("a", "{}"u8.ToArray(), WriteCondition.Always, CancellationToken.None));

        Assert.Equal(1, Count("write", "unavailable"));
    }

    [Fact]
    public async Task The_decorator_passes_documents_through_unchanged()
    {
        var eTag = await _store.WriteAsync("a", "[1,2]"u8.ToArray(), WriteCondition.IfNotExists, CancellationToken.None);

        var read = await _store.ReadAsync("a", CancellationToken.None);

        Assert.Equal("[1,2]"u8.ToArray(), read!.Content.ToArray());
        Assert.Equal(eTag, read.ETag);
    }
}
