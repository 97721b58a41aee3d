using System.Diagnostics;

namespace CoalitionBot.Testing;

/// <summary>
/// A process a test or the benchmark started, its output in a log file (or read and dropped), ended (this one process
/// only) when disposed.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process process;
    private readonly StreamWriter? log;

    private ChildProcess(Process process, StreamWriter? log)
    {
        this.process = process;
        this.log = log;
    }

    public int Id => process.Id;
    public bool HasExited => process.HasExited;
    public int ExitCode => process.ExitCode;

    /// <param name="logFile">Where its standard output and error go; null drops them.</param>
    public static ChildProcess Start(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string workingDirectory, string? logFile)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;

        StreamWriter? log = null;
        if (logFile is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(logFile)!);
            log = new StreamWriter(logFile) { AutoFlush = true };
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        // Read both streams continuously: a child whose pipe fills up stops.
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ChildProcess(process, log);
    }

    private static void Write(StreamWriter? log, string? line)
    {
        if (log is null || line is null) return;
        lock (log) log.WriteLine(line);
    }

    /// <summary>
    /// Asks the process to stop (SIGTERM), so that it can write what it keeps, and kills it only if it has not ended
    /// within <paramref name="patience"/>.
    /// </summary>
    public async Task StopAsync(TimeSpan patience)
    {
        if (process.HasExited) return;
        Signals.Send(process.Id, Signals.Terminate);
        using var deadline = new CancellationTokenSource(patience);
        try { await process.WaitForExitAsync(deadline.Token); }
        catch (OperationCanceledException) { process.Kill(entireProcessTree: true); await process.WaitForExitAsync(); }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        process.Dispose();
        if (log is not null) lock (log) log.Dispose();
    }
}
