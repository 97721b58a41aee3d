using System.Globalization;

namespace CoalitionBot.Testing;

/// <summary>
/// An Azurite blob service of its own (tests/azurite, installed by test.sh and benchmark.sh) on a free 127.0.0.1 port,
/// with Azurite's well-known development account. In memory, or with its data on disk (<c>persistent</c>) so that it
/// can be stopped, as if storage went down, and started again with everything it held.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable, IDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>The port Azurite listens on unless told otherwise.</summary>
    public const int DefaultPort = 10000;

    /// <summary>Where the data lives while stopped; null in memory.</summary>
    private readonly string? location;
    private readonly string? logFile;
    private readonly string[] extraArguments;
    private ChildProcess? process;

    private AzuriteServer(int port, string? location, string? logFile, string[] extraArguments)
    {
        Port = port;
        this.location = location;
        this.logFile = logFile;
        this.extraArguments = extraArguments;
    }

    /// <summary>Azurite's well-known development account on a loopback port.</summary>
    public static string ConnectionStringFor(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

    /// <summary>The development account on Azurite's default port, as a developer's own Azurite has it.</summary>
    public static string DevelopmentConnectionString { get; } = ConnectionStringFor(DefaultPort);

    public int Port { get; }

    public string ConnectionString => ConnectionStringFor(Port);

    /// <summary>The running Azurite's process, e.g. to count its CPU time.</summary>
    public int ProcessId => (process ?? throw new InvalidOperationException("Azurite is stopped.")).Id;

    /// <param name="persistent">Keep the data in a temporary folder (deleted on dispose) rather than in memory, so it survives <see cref="StopAsync"/>.</param>
    /// <param name="logFile">Where Azurite's output goes; dropped when null.</param>
    /// <param name="extraArguments">More of Azurite's options, e.g. a certificate and <c>--oauth basic</c> for Entra ID tokens over HTTPS.</param>
    public static async Task<AzuriteServer> StartAsync(bool persistent = false, string? logFile = null, params string[] extraArguments)
    {
        var location = persistent ? Directory.CreateTempSubdirectory("coalitionbot-azurite-").FullName : null;
        var server = new AzuriteServer(LoopbackPort.Free(), location, logFile, extraArguments);
        try
        {
            await server.StartAgainAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts Azurite (again) on the same port, over the same data when persistent.</summary>
    public async Task StartAgainAsync()
    {
        if (process is not null) throw new InvalidOperationException("Azurite is running already.");
        var executable = RepositoryPaths.Azurite;
        if (!File.Exists(executable))
            throw new InvalidOperationException($"Azurite is not installed at {executable}: run ./test.sh, or npm ci --prefix tests/azurite.");
        string[] storage = location is null ? ["--inMemoryPersistence"] : ["--location", location];
        process = ChildProcess.Start(executable,
            ["--blobHost", "127.0.0.1", "--blobPort", Port.ToString(CultureInfo.InvariantCulture), .. storage, "--disableTelemetry", "--skipApiVersionCheck", "--silent", .. extraArguments],
            new Dictionary<string, string>(), RepositoryPaths.Root, logFile);
        var started = process;
        await LoopbackPort.WaitUntilListeningAsync(Port, "Azurite", TimeSpan.FromSeconds(30), exited: () => started.HasExited);
    }

    /// <summary>
    /// Stops Azurite: connections to its port are refused until <see cref="StartAgainAsync"/>. SIGTERM, so that Azurite
    /// writes its metadata (it saves it every few seconds otherwise); a kill only if it does not stop in time.
    /// </summary>
    public async Task StopAsync()
    {
        if (process is null) return;
        await process.StopAsync(TimeSpan.FromSeconds(10));
        process.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        DeleteLocation();
    }

    public void Dispose()
    {
        process?.Dispose();
        process = null;
        DeleteLocation();
    }

    private void DeleteLocation()
    {
        if (location is null) return;
        try { Directory.Delete(location, recursive: true); } catch (IOException) { }
    }
}
