using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using CoalitionBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.Storage;

/// <summary>A fresh <see cref="StorageMetrics"/> with its own meter, so parallel tests never see each other's counts.</summary>
internal static class TestStorageMetrics
{
    public static StorageMetrics Create() =>
        new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());
}

/// <summary>Collects the measurements of one <see cref="StorageMetrics"/> instance.</summary>
internal sealed class StorageMetricsRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, long Value, Dictionary<string, string?> Tags)> _measurements = new();

    public StorageMetricsRecorder(StorageMetrics metrics)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, metrics.Meter)) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            _measurements.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value?.ToString()))));
        _listener.Start();
    }

    /// <summary>The sum of <paramref name="instrument"/> over measurements carrying all of <paramref name="tags"/>.</summary>
    public long Sum(string instrument, params (string Key, string Value)[] tags) =>
        _measurements
            .Where(m => m.Instrument == instrument && tags.All(t => m.Tags.TryGetValue(t.Key, out var v) && v == t.Value))
            .Sum(m => m.Value);

    public void Clear() => _measurements.Clear();

    public void Dispose() => _listener.Dispose();
}

/// <summary>A folder under the temp directory, deleted at the end of the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "coalitionbot-tests", Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { } // Best effort: a leftover temp folder must not fail a test.
    }
}
