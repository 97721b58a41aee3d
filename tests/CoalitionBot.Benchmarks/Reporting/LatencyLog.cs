using System.Collections.Concurrent;

namespace CoalitionBot.Benchmarks.Reporting;

/// <summary>Latencies of the measured turns (from many members at once) and the turns that failed.</summary>
public sealed class LatencyLog
{
    private readonly ConcurrentQueue<double> milliseconds = new();
    private int failures;

    public int Count => milliseconds.Count;
    public int Failures => Volatile.Read(ref failures);

    public void Add(TimeSpan latency) => milliseconds.Enqueue(latency.TotalMilliseconds);

    public void Fail() => Interlocked.Increment(ref failures);

    /// <summary>The nearest-rank percentile in milliseconds (0 when nothing was measured).</summary>
    public double Percentile(double percent)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0) return 0;
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return Math.Round(sorted[Math.Clamp(rank, 1, sorted.Length) - 1], 2);
    }
}
