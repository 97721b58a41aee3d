using System.Globalization;

namespace CoalitionBot.Benchmarks.Hosting;

/// <summary>A process's resident memory from /proc/&lt;pid&gt;/status: now (VmRSS) and its peak since start (VmHWM).</summary>
public static class ProcessMemory
{
    public static (long RssBytes, long PeakBytes) Read(int processId)
    {
        long rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{processId}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kilobytes(line) * 1024;
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = Kilobytes(line) * 1024;
        }
        return (rss, peak);
    }

    /// <summary>"VmRSS:     81234 kB"</summary>
    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
