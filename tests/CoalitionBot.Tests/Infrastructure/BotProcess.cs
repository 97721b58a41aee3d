using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace CoalitionBot.Tests.Infrastructure;

/// <summary>
/// The built bot as a real child process (<c>dotnet CoalitionBot.dll</c>) on a free 127.0.0.1 port, configured by
/// environment variables as in production, so a test can kill it outright (SIGKILL) and start it again.
/// </summary>
public sealed class BotProcess : IBotEndpoint, IAsyncDisposable
{
    private readonly Process process;
    private readonly HttpClient http;
    private readonly ConcurrentQueue<string> output = new();

    private BotProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The bot's own build output, in the configuration the tests were built in (bin/&lt;Debug|Release&gt;/net10.0).</summary>
    public static string BotFolder => Path.Combine(RepositoryPaths.Root, "bot", "bin", new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0");

    /// <param name="workingDirectory">Where the process starts; the bot's own folder unless given.</param>
    /// <param name="folder">The bot's files, e.g. a published folder; the build output unless given.</param>
    /// <param name="environment">ASPNETCORE_ENVIRONMENT, e.g. Production as App Service runs it.</param>
    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> settings, string? workingDirectory = null, string? folder = null, string environment = "Testing")
    {
        folder ??= BotFolder;
        var dll = Path.Combine(folder, "CoalitionBot.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"The bot is not built at {dll}.");

        var port = LoopbackPort.Free();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory ?? folder, RedirectStandardOutput = true, RedirectStandardError = true, ArgumentList = { dll } };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["MicrosoftAppId"] = "";
        foreach (var (name, value) in settings) start.Environment[name.Replace(":", "__")] = value;
        var bot = new BotProcess(new Process { StartInfo = start }, new Uri($"http://127.0.0.1:{port}/"));
        bot.process.OutputDataReceived += (_, e) => bot.Keep(e.Data);
        bot.process.ErrorDataReceived += (_, e) => bot.Keep(e.Data);
        bot.process.Start();
        bot.process.BeginOutputReadLine();
        bot.process.BeginErrorReadLine();
        await bot.WaitUntilHealthyAsync();
        return bot;
    }

    /// <summary>Where the bot listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress => http.BaseAddress!;

    /// <summary>The last lines the bot wrote, for a failing test's message.</summary>
    public string Output => string.Join('\n', output);

    /// <summary>The first line of output that contains <paramref name="text"/>, once the bot has written it.</summary>
    public async Task<string> WaitForOutputAsync(string text)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            if (output.FirstOrDefault(line => line.Contains(text, StringComparison.Ordinal)) is { } found) return found;
            await Task.Delay(50, deadline.Token);
        }
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        output.Enqueue(line);
        while (output.Count > 200) output.TryDequeue(out _);
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"The bot exited at start with code {process.ExitCode}:\n{Output}");
            try
            {
                using var response = await http.GetAsync("healthz", deadline.Token);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { } // not listening yet
            await Task.Delay(100, deadline.Token);
        }
    }

    public async Task<HttpResponseMessage> PostActivityAsync(JsonNode activity) =>
        await http.PostAsync("api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

    /// <summary>SIGTERM, as App Service stops an instance: the bot shuts down and sends what it still holds (telemetry).</summary>
    public async Task StopAsync()
    {
        if (process.HasExited) return;
        Signals.Send(process.Id, Signals.Terminate);
        await process.WaitForExitAsync();
    }

    /// <summary>SIGKILL: no shutdown, no flushing, no finally blocks; whatever the bot was writing stops where it was.</summary>
    public async Task KillAsync()
    {
        if (process.HasExited) return;
        Signals.Send(process.Id, Signals.Kill);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
        http.Dispose();
    }
}
