namespace CoalitionBot.Benchmarks.Hosting;

/// <summary>A fresh Azurite (blob only, in memory) on a free loopback port, from tests/azurite.</summary>
public sealed class AzuriteServer : IDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly ChildProcess process;

    private AzuriteServer(ChildProcess process, int port)
    {
        this.process = process;
        ConnectionString = ConnectionStringFor(port);
    }

    /// <summary>Azurite's well-known development account on a loopback port.</summary>
    public static string ConnectionStringFor(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

    public string ConnectionString { get; }
    public int ProcessId => process.Id;

    public static async Task<AzuriteServer> StartAsync(RepositoryLayout layout, string name)
    {
        var port = LoopbackPort.Free();
        var process = ChildProcess.Start(layout.Azurite,
            ["--blobHost", "127.0.0.1", "--blobPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
             "--inMemoryPersistence", "--disableTelemetry", "--skipApiVersionCheck", "--silent"],
            new Dictionary<string, string>(), layout.Root, Path.Combine(layout.Output, $"azurite-{name}.log"));
        var server = new AzuriteServer(process, port);
        try
        {
            await LoopbackPort.WaitUntilListeningAsync(port, "Azurite", TimeSpan.FromSeconds(30));
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    public void Dispose() => process.Dispose();
}
