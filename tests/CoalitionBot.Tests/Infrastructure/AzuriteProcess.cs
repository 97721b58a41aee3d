using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CoalitionBot.Benchmarks.Hosting;

namespace CoalitionBot.Tests.Infrastructure;

/// <summary>
/// An Azurite blob service of the test's own (tests/azurite, installed by test.sh) on a free 127.0.0.1 port,
/// keeping its data on disk (--location), so it can be stopped, as if storage went down, and started again with
/// everything it held.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private readonly string location = Directory.CreateTempSubdirectory("coalitionbot-azurite-").FullName;
    private readonly string[] extraArguments;
    private Process? process;

    private AzuriteProcess(int port, string[] extraArguments) => (Port, this.extraArguments) = (port, extraArguments);

    public int Port { get; }

    public string ConnectionString => AzuriteServer.ConnectionStringFor(Port);

    /// <param name="extraArguments">More of Azurite's options, e.g. a certificate and <c>--oauth basic</c> for Entra ID tokens over HTTPS.</param>
    public static async Task<AzuriteProcess> StartAsync(params string[] extraArguments)
    {
        var azurite = new AzuriteProcess(LoopbackPort.Free(), extraArguments);
        await azurite.StartAgainAsync();
        return azurite;
    }

    /// <summary>Starts Azurite (again) on the same port over the same data.</summary>
    public async Task StartAgainAsync()
    {
        var executable = Path.Combine(RepositoryPaths.Root, "tests", "azurite", "node_modules", ".bin", "azurite-blob");
        if (!File.Exists(executable))
            throw new InvalidOperationException($"Azurite is not installed at {executable}: run ./test.sh, or npm ci --prefix tests/azurite.");
        var start = new ProcessStartInfo(executable)
        {
            ArgumentList = { "--blobHost", "127.0.0.1", "--blobPort", Port.ToString(), "--location", location, "--skipApiVersionCheck", "--disableTelemetry", "--silent" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in extraArguments) start.ArgumentList.Add(argument);
        process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!await AcceptsAsync())
        {
            if (process.HasExited) throw new InvalidOperationException($"Azurite exited at start with code {process.ExitCode}.");
            await Task.Delay(100, deadline.Token);
        }
    }

    /// <summary>
    /// Stops Azurite: connections to its port are refused until <see cref="StartAgainAsync"/>. SIGTERM, so that Azurite
    /// writes its metadata (it saves it every few seconds otherwise); a kill only if it does not stop in time.
    /// </summary>
    public async Task StopAsync()
    {
        if (process is null) return;
        Signals.Send(process.Id, Signals.Terminate);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try { await process.WaitForExitAsync(patience.Token); }
        catch (OperationCanceledException) { process.Kill(entireProcessTree: true); await process.WaitForExitAsync(); }
        process.Dispose();
        process = null;
    }

    private async Task<bool> AcceptsAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try { Directory.Delete(location, recursive: true); } catch (IOException) { }
    }
}
