using Azure.Storage.Blobs;
using CoalitionBot.Benchmarks.Hosting;
using CoalitionBot.Storage;

namespace CoalitionBot.Tests.Storage;

/// <summary>
/// A fresh blob container on a real Azurite (or any account) for one test class, deleted afterwards.
/// The connection string comes from COALITIONBOT_TEST_STORAGE, else Azurite's well-known development account.
/// When storage is unreachable every test of the class fails with a message saying so: never a silent skip.
/// </summary>
public sealed class AzuriteContainerFixture : IAsyncLifetime
{
    public const string ConnectionStringVariable = "COALITIONBOT_TEST_STORAGE";

    public static readonly string AzuriteDevelopmentConnectionString = AzuriteServer.ConnectionStringFor(10000);

    public string ConnectionString { get; } =
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } configured ? configured : AzuriteDevelopmentConnectionString;

    /// <summary>Container names: lowercase letters, digits and '-', at most 63 characters.</summary>
    public string ContainerName { get; } = $"test-{Guid.NewGuid():N}";

    /// <summary>A client for this class's container; <paramref name="metrics"/> counts its HTTP requests.</summary>
    public BlobContainerClient Container(StorageMetrics? metrics = null) =>
        BlobContainerClientFactory.FromConnectionString(ConnectionString, ContainerName, metrics);

    /// <summary>A client for another container of the same account, for tests that need one that does not exist.</summary>
    public BlobContainerClient OtherContainer(string name, StorageMetrics? metrics = null) =>
        BlobContainerClientFactory.FromConnectionString(ConnectionString, name, metrics);

    public async Task InitializeAsync()
    {
        var container = Container();
        try
        {
            await container.CreateAsync();
        }
        catch (Exception e)
        {
            throw new InvalidOperationException(
                $"Blob storage for the tests is not reachable at {container.Uri.GetLeftPart(UriPartial.Path)} ({e.GetType().Name}: {FirstLine(e.Message)}). " +
                $"Start Azurite (tests/azurite: npx azurite-blob --blobHost 127.0.0.1 --inMemoryPersistence --skipApiVersionCheck) " +
                $"or set {ConnectionStringVariable} to a storage connection string.", e);
        }
    }

    public async Task DisposeAsync() => await Container().DeleteIfExistsAsync();

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
