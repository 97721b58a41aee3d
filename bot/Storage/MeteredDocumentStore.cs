using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace CoalitionBot.Storage;

/// <summary>Counts and times every store call in <see cref="StorageMetrics"/>, tagged with the operation and its outcome.</summary>
public sealed class MeteredDocumentStore(IDocumentStore inner, StorageMetrics metrics) : IDocumentStore, ILineStore
{
    public IDocumentStore Inner => inner;

    /// <summary>The backend's line blobs, or null when it has none (a store made for a test).</summary>
    public ILineStore? Lines => inner as ILineStore;

    public Task CreateLinesAsync(string key, CancellationToken cancellationToken) =>
        TimedAsync("create_lines", () => LinesOrThrow.CreateLinesAsync(key, cancellationToken), _ => "ok");

    public Task<AppendOutcome> AppendLineAsync(string key, ReadOnlyMemory<byte> line, CancellationToken cancellationToken) =>
        TimedAsync("append", () => LinesOrThrow.AppendLineAsync(key, line, cancellationToken), o => o.Status switch
        {
            AppendStatus.Appended => "ok",
            AppendStatus.Missing => "not_found",
            _ => "locked",
        });

    public Task<bool> TryLockLinesAsync(string key, string lockId, TimeSpan duration, CancellationToken cancellationToken) =>
        TimedAsync("lock", () => LinesOrThrow.TryLockLinesAsync(key, lockId, duration, cancellationToken), locked => locked ? "ok" : "held");

    public Task UnlockLinesAsync(string key, string lockId, CancellationToken cancellationToken) =>
        TimedAsync("unlock", () => LinesOrThrow.UnlockLinesAsync(key, lockId, cancellationToken), _ => "ok");

    public Task DeleteLinesAsync(string key, string? lockId, CancellationToken cancellationToken) =>
        TimedAsync("delete_lines", () => LinesOrThrow.DeleteLinesAsync(key, lockId, cancellationToken), _ => "ok");

    private ILineStore LinesOrThrow => Lines ?? throw new NotSupportedException($"{inner.GetType().Name} keeps no line blobs.");

    private async Task TimedAsync(string operation, Func<Task> call, Func<bool, string> outcome) =>
        await TimedAsync(operation, async () => { await call(); return true; }, outcome);

    private async Task<TResult> TimedAsync<TResult>(string operation, Func<Task<TResult>> call, Func<TResult, string> outcome)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await call();
            Record(operation, outcome(result), started);
            return result;
        }
        catch (Exception e)
        {
            Record(operation, OutcomeOf(e), started);
            throw;
        }
    }

    public async Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var document = await inner.ReadAsync(key, cancellationToken);
            Record("read", document is null ? "not_found" : "ok", started);
            return document;
        }
        catch (Exception e)
        {
            Record("read", OutcomeOf(e), started);
            throw;
        }
    }

    public async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var eTag = await inner.WriteAsync(key, content, condition, cancellationToken);
            Record("write", "ok", started);
            return eTag;
        }
        catch (Exception e)
        {
            Record("write", OutcomeOf(e), started);
            throw;
        }
    }

    public async Task<bool> DeleteAsync(string key, string? ifMatchETag, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var deleted = await inner.DeleteAsync(key, ifMatchETag, cancellationToken);
            Record("delete", deleted ? "ok" : "not_found", started);
            return deleted;
        }
        catch (Exception e)
        {
            Record("delete", OutcomeOf(e), started);
            throw;
        }
    }

    /// <summary>One listing counts once, however many keys (or pages) it yields.</summary>
    public async IAsyncEnumerable<string> ListKeysAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = "ok"; // Also when the caller stops early: that listing still happened.
        await using var keys = inner.ListKeysAsync(prefix, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                try
                {
                    if (!await keys.MoveNextAsync()) break;
                }
                catch (Exception e)
                {
                    outcome = OutcomeOf(e);
                    throw;
                }
                yield return keys.Current;
            }
        }
        finally
        {
            Record("list", outcome, started);
        }
    }

    public async Task<bool> TryAcquireLeaseAsync(string key, string leaseId, TimeSpan duration, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var acquired = await inner.TryAcquireLeaseAsync(key, leaseId, duration, cancellationToken);
            Record("lease", acquired ? "ok" : "conflict", started);
            return acquired;
        }
        catch (Exception e)
        {
            Record("lease", OutcomeOf(e), started);
            throw;
        }
    }

    public async Task ReleaseLeaseAsync(string key, string leaseId, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await inner.ReleaseLeaseAsync(key, leaseId, cancellationToken);
            Record("release", "ok", started);
        }
        catch (Exception e)
        {
            Record("release", OutcomeOf(e), started);
            throw;
        }
    }

    private void Record(string operation, string outcome, long started)
    {
        var tags = new TagList { { "operation", operation }, { "outcome", outcome } };
        metrics.Operations.Add(1, tags);
        metrics.OperationDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
    }

    private static string OutcomeOf(Exception e) => e switch
    {
        ConcurrencyConflictException => "conflict",
        StorageUnavailableException => "unavailable",
        OperationCanceledException => "canceled",
        _ => "error",
    };
}
