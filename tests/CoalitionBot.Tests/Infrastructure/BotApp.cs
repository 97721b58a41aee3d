using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoalitionBot.Tests.Infrastructure;

/// <summary>
/// The real bot (Program.cs and all), served by Kestrel on 127.0.0.1 with a free port,
/// on its local storage in a temporary folder unless settings say otherwise.
/// </summary>
public sealed class BotApp : WebApplicationFactory<Program>, IBotEndpoint
{
    private readonly Dictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? configureServices;

    public BotApp(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        DataFolder = Directory.CreateTempSubdirectory("coalitionbot-test-").FullName;
        this.settings = new Dictionary<string, string?> { ["Storage:LocalPath"] = DataFolder, ["MicrosoftAppId"] = "" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) this.settings[key] = value;
        this.configureServices = configureServices;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
    }

    public string DataFolder { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        if (configureServices is not null) builder.ConfigureServices(configureServices);
    }

    /// <summary>POSTs an activity to /api/messages as a channel would.</summary>
    public Task<HttpResponseMessage> PostActivityAsync(JsonNode activity, string? bearerToken = null) =>
        PostRawAsync(activity.ToJsonString(), bearerToken);

    Task<HttpResponseMessage> IBotEndpoint.PostActivityAsync(JsonNode activity) => PostActivityAsync(activity);

    public Task<HttpResponseMessage> PostRawAsync(string body, string? bearerToken = null) =>
        PostBytesAsync(Encoding.UTF8.GetBytes(body), bearerToken);

    /// <summary>POSTs bytes as they are, e.g. invalid UTF-8.</summary>
    public async Task<HttpResponseMessage> PostBytesAsync(byte[] body, string? bearerToken = null)
    {
        using var client = CreateClient();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        if (bearerToken is not null) request.Headers.Authorization = new("Bearer", bearerToken);
        return await client.SendAsync(request);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }
}
