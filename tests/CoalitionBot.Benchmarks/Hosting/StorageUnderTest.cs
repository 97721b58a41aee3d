using CoalitionBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Benchmarks.Hosting;

/// <summary>
/// The storage a run uses, fresh every time: a new Azurite, or a new local folder. Gives the bot its settings, and
/// the benchmark the bot's own document store over the same storage, to seed answers in the bot's layout.
/// </summary>
public sealed class StorageUnderTest : IDisposable
{
    public const string Azurite = "azurite", Local = "local";
    /// <summary>Azurite keeping its data on disk (--location) instead of in memory: closer to a real account's latency.</summary>
    public const string AzuriteOnDisk = "azurite-disk";

    private readonly AzuriteServer? azurite;
    private readonly string? folder;
    private readonly ServiceProvider services;

    private StorageUnderTest(IReadOnlyDictionary<string, string> botSettings, AzuriteServer? azurite, string? folder)
    {
        BotSettings = botSettings;
        this.azurite = azurite;
        this.folder = folder;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(botSettings.ToDictionary(s => s.Key.Replace("__", ":", StringComparison.Ordinal), s => (string?)s.Value))
            .Build();
        services = new ServiceCollection().AddLogging().AddDocumentStore(configuration).AddSingleton(TimeProvider.System).AddSingleton<DocumentUpdater>().BuildServiceProvider();
    }

    /// <summary>Azurite's process, whose CPU time counts too; null for a local folder.</summary>
    public int? ProcessId => azurite?.ProcessId;

    /// <summary>Environment settings for the bot process.</summary>
    public IReadOnlyDictionary<string, string> BotSettings { get; }

    public IDocumentStore Store => services.GetRequiredService<IDocumentStore>();
    public DocumentUpdater Updater => services.GetRequiredService<DocumentUpdater>();

    public static async Task<StorageUnderTest> StartAsync(string kind, RepositoryLayout layout, string runName)
    {
        if (kind == Local)
        {
            var folder = Directory.CreateTempSubdirectory("coalitionbot-bench-data-").FullName;
            return new StorageUnderTest(new Dictionary<string, string> { ["Storage__LocalPath"] = folder }, null, folder);
        }
        if (kind is not (Azurite or AzuriteOnDisk)) throw new ArgumentException($"Unknown storage '{kind}': use {Azurite}, {AzuriteOnDisk} or {Local}.", nameof(kind));
        var server = await AzuriteServer.StartAsync(persistent: kind == AzuriteOnDisk, logFile: Path.Combine(layout.Output, $"azurite-{runName}.log"));
        return new StorageUnderTest(new Dictionary<string, string>
        {
            ["Storage__ConnectionString"] = server.ConnectionString,
            ["Storage__ContainerName"] = "coalitionbot",
        }, server, null);
    }

    public void Dispose()
    {
        services.Dispose();
        azurite?.Dispose();
        if (folder is not null) Directory.Delete(folder, recursive: true);
    }
}
