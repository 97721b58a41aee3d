using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace CoalitionBot.Storage;

/// <summary>
/// Totals of <see cref="StorageMetrics"/>' counters since the bot started (blob requests by method, store
/// calls by operation), read by the loopback diagnostics endpoint so a benchmark can count calls per turn.
/// </summary>
public sealed class StorageCallTotals : IDisposable
{
    private readonly ConcurrentDictionary<string, long> blobRequests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> operations = new(StringComparer.Ordinal);
    private readonly MeterListener listener = new();

    public StorageCallTotals(StorageMetrics metrics)
    {
        // Only this bot's meter: tests run several bots, each with its own meter of the same name, in one process.
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == metrics.Meter && instrument.Name is StorageMetrics.BlobRequestsName or StorageMetrics.OperationsName)
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>(OnMeasurement);
        listener.Start();
    }

    public StorageCallCounts Snapshot() => new(new SortedDictionary<string, long>(blobRequests), new SortedDictionary<string, long>(operations));

    private void OnMeasurement(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        var (totals, tagName) = instrument.Name == StorageMetrics.BlobRequestsName ? (blobRequests, "method") : (operations, "operation");
        foreach (var tag in tags)
            if (tag.Key == tagName && tag.Value is string name) totals.AddOrUpdate(name, value, (_, total) => total + value);
    }

    public void Dispose() => listener.Dispose();
}

/// <summary>Storage calls so far: HTTP requests to Blob Storage by method, and document store calls by operation (both backends).</summary>
public sealed record StorageCallCounts(IReadOnlyDictionary<string, long> BlobRequests, IReadOnlyDictionary<string, long> Operations);
