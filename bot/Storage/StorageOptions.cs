namespace CoalitionBot.Storage;

/// <summary>
/// The "Storage" configuration section. The first setting present picks the backend:
/// <see cref="ConnectionString"/> (Azure or Azurite), then <see cref="AccountUrl"/> (Entra ID), else a local folder.
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>A storage connection string: a real account with a key, or Azurite for development.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The blob endpoint, e.g. https://account.blob.core.windows.net, used with a token credential.</summary>
    public string? AccountUrl { get; set; }

    public string ContainerName { get; set; } = "coalitionbot";

    /// <summary>The folder of the local backend; relative paths are under the working directory.</summary>
    public string LocalPath { get; set; } = ".data";

    /// <summary>How long one request to Blob Storage may take before it is tried again (twice at most).</summary>
    public TimeSpan NetworkTimeout { get; set; } = BlobContainerClientFactory.DefaultNetworkTimeout;
}
