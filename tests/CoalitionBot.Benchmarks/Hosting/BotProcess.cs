using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CoalitionBot.Storage;

namespace CoalitionBot.Benchmarks.Hosting;

/// <summary>
/// The bot's Release build as a child process on a free loopback port, without a MicrosoftAppId (so it takes
/// unauthenticated posts from loopback), storing in Azurite or a local folder.
/// </summary>
public sealed class BotProcess : IDisposable
{
    private readonly ChildProcess process;
    private readonly HttpClient http;

    private BotProcess(ChildProcess process, Uri address)
    {
        this.process = process;
        // Many members post at once: no cap on connections to the bot.
        http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, UseProxy = false }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public int ProcessId => process.Id;

    public static async Task<BotProcess> StartAsync(RepositoryLayout layout, string name, IReadOnlyDictionary<string, string> storageSettings)
    {
        var port = LoopbackPort.Free();
        var environment = new Dictionary<string, string>(storageSettings)
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["MicrosoftAppId"] = "",
            // Request logs at Information would cost the bot more than the turns; warnings and errors still land in the log.
            ["Logging__LogLevel__Default"] = "Warning",
        };
        // The project folder is the content root (wwwroot, appsettings.json), as with `dotnet run --project bot`.
        var process = ChildProcess.Start("dotnet", [layout.BotDll], environment, layout.BotProject, Path.Combine(layout.Output, $"bot-{name}.log"));
        var bot = new BotProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            await bot.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
            return bot;
        }
        catch
        {
            bot.Dispose();
            throw;
        }
    }

    /// <summary>Posts one activity to /api/messages and times the turn (the bot answers the channel before it returns).</summary>
    public async Task<(HttpStatusCode Status, TimeSpan Elapsed)> PostAsync(JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        var started = Stopwatch.GetTimestamp();
        using var response = await http.PostAsync("api/messages", content);
        await response.Content.LoadIntoBufferAsync();
        return (response.StatusCode, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Storage calls so far, from the bot's loopback diagnostics endpoint.</summary>
    public async Task<StorageCalls> StorageCallsAsync()
    {
        var counts = await http.GetFromJsonAsync<StorageCallCounts>(StorageDiagnosticsEndpoint.Path.TrimStart('/')) ?? throw new InvalidOperationException("No storage diagnostics.");
        return new StorageCalls(counts.BlobRequests.Values.Sum(), counts.Operations.Values.Sum(),
            counts.BlobRequests.GetValueOrDefault("GET"), counts.Operations.GetValueOrDefault("read"));
    }

    public (long RssBytes, long PeakBytes) Memory() => ProcessMemory.Read(process.Id);

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException("The bot exited at start-up; see its log in TestResults/benchmark/.");
            try
            {
                using var response = await http.GetAsync("healthz");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The bot was not healthy within {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.");
            await Task.Delay(200);
        }
    }

    public void Dispose()
    {
        http.Dispose();
        process.Dispose();
    }
}

/// <summary>
/// Storage calls counted by the bot: HTTP requests to Blob Storage (of which GETs: reads and listings), and document
/// store calls, any backend (of which document reads).
/// </summary>
public sealed record StorageCalls(long BlobRequests, long StoreCalls, long BlobGets, long StoreReads)
{
    public static StorageCalls operator -(StorageCalls after, StorageCalls before) => new(
        after.BlobRequests - before.BlobRequests, after.StoreCalls - before.StoreCalls,
        after.BlobGets - before.BlobGets, after.StoreReads - before.StoreReads);
}
