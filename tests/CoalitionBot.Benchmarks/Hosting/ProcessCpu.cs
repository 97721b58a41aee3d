using System.Globalization;

namespace CoalitionBot.Benchmarks.Hosting;

/// <summary>The CPU time a process has used so far (user and system), from /proc/&lt;pid&gt;/stat.</summary>
public static class ProcessCpu
{
    /// <summary>Linux counts in clock ticks of 1/100 s (USER_HZ).</summary>
    private const double TicksPerSecond = 100;

    public static TimeSpan Used(int processId)
    {
        // The command name (field 2) is in parentheses and may hold spaces; utime and stime are fields 14 and 15.
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
