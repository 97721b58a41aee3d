using System.Collections.Concurrent;
using Azure.Storage.Blobs;
using CoalitionBot.Storage;

namespace CoalitionBot.Tests.Storage;

/// <summary>
/// Blob storage for one test class, on a real Azurite (or any account): a fresh container of the class's own
/// (<see cref="ContainerName"/>), and fresh containers for single tests (<see cref="NewContainer"/>), all deleted afterwards.
/// The connection string comes from COALITIONBOT_TEST_STORAGE (test.sh starts an Azurite and sets it), else Azurite's
/// well-known development account on its default port.
/// When storage is unreachable every test of the class fails with a message saying so: never a silent skip.
/// </summary>
public sealed class AzuriteContainerFixture : IAsyncLifetime
{
    public const string ConnectionStringVariable = "COALITIONBOT_TEST_STORAGE";

    /// <summary>
    /// The bot's 2 seconds per request suit a real account; Azurite on a two-core machine that runs every test project at
    /// once sometimes stalls longer, and a test is about behaviour, not Azurite's speed.
    /// </summary>
    public static readonly TimeSpan NetworkTimeout = TimeSpan.FromSeconds(20);

    private readonly ConcurrentQueue<string> testContainers = new();

    public string ConnectionString { get; } =
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } configured ? configured : AzuriteServer.DevelopmentConnectionString;

    /// <summary>The class's container, made before its first test. Container names: lowercase letters, digits and '-', at most 63 characters.</summary>
    public string ContainerName { get; } = $"test-{Guid.NewGuid():N}";

    /// <summary>
    /// The name of a container of one test's own, <paramref name="prefix"/> and a new GUID, so that nothing carries over
    /// from test to test. Whoever uses it first (usually the bot) makes it; it is deleted with the class's container.
    /// </summary>
    public string NewContainer(string prefix)
    {
        var name = $"{prefix}-{Guid.NewGuid():N}";
        testContainers.Enqueue(name);
        return name;
    }

    /// <summary>The bot's storage settings for a container of this account; a new dictionary, for a test to add settings of its own.</summary>
    public Dictionary<string, string?> BotSettings(string container) => new()
    {
        ["Storage:ConnectionString"] = ConnectionString,
        ["Storage:ContainerName"] = container,
        ["Storage:NetworkTimeout"] = NetworkTimeout.ToString("c"),
    };

    /// <summary>The bot's storage settings for a new container of one test's own (<see cref="NewContainer"/>).</summary>
    public Dictionary<string, string?> BotSettingsOnNewContainer(string prefix) => BotSettings(NewContainer(prefix));

    /// <summary>A client for this class's container; <paramref name="metrics"/> counts its HTTP requests.</summary>
    public BlobContainerClient Container(StorageMetrics? metrics = null) =>
        BlobContainerClientFactory.FromConnectionString(ConnectionString, ContainerName, metrics, NetworkTimeout);

    /// <summary>A client for another container of the same account, e.g. one of <see cref="NewContainer"/>, or one that does not exist.</summary>
    public BlobContainerClient OtherContainer(string name, StorageMetrics? metrics = null) =>
        BlobContainerClientFactory.FromConnectionString(ConnectionString, name, metrics, NetworkTimeout);

    public async Task InitializeAsync()
    {
        // The SDK's own patience here, not the bot's 2-second timeout: on a busy two-core machine running every test
        // project at once, Azurite can take longer than that to answer, and this only checks that it is there.
        var container = new BlobContainerClient(ConnectionString, ContainerName);
        try
        {
            await container.CreateIfNotExistsAsync(); // a create whose answer came too late may have made it already
        }
        catch (Exception e)
        {
            throw new InvalidOperationException(
                $"Blob storage for the tests is not reachable at {container.Uri.GetLeftPart(UriPartial.Path)} ({e.GetType().Name}: {FirstLine(e.Message)}). " +
                $"Start Azurite (tests/azurite: npx azurite-blob --blobHost 127.0.0.1 --inMemoryPersistence --skipApiVersionCheck) " +
                $"or set {ConnectionStringVariable} to a storage connection string.", e);
        }
    }

    public async Task DisposeAsync()
    {
        await Container().DeleteIfExistsAsync();
        foreach (var name in testContainers) await OtherContainer(name).DeleteIfExistsAsync();
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
