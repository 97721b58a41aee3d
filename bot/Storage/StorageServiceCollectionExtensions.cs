using CoalitionBot.BotFramework;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoalitionBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDocumentStore"/>: Blob Storage from "Storage:ConnectionString", else from
    /// "Storage:AccountUrl" with an Entra ID credential, else a local folder ("Storage:LocalPath").
    /// The backend is chosen when the store is first resolved, so configuration added later (tests) counts.
    /// </summary>
    public static IServiceCollection AddDocumentStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMetrics();
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName));
        services.TryAddSingleton<StorageMetrics>();
        services.TryAddSingleton<StorageCallTotals>();
        services.TryAddSingleton<IDocumentStore>(provider => new MeteredDocumentStore(
            CreateBackend(provider, configuration),
            provider.GetRequiredService<StorageMetrics>()));
        return services;
    }

    private static IDocumentStore CreateBackend(IServiceProvider provider, IConfiguration configuration)
    {
        var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        var metrics = provider.GetRequiredService<StorageMetrics>();
        var loggers = provider.GetRequiredService<ILoggerFactory>();
        var log = loggers.CreateLogger("CoalitionBot.Storage");

        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            var container = BlobContainerClientFactory.FromConnectionString(options.ConnectionString, options.ContainerName, metrics, options.NetworkTimeout);
            log.LogInformation("Storing documents in blob container {Container} at {Endpoint} (connection string)", container.Name, container.Uri.GetLeftPart(UriPartial.Authority));
            return new BlobDocumentStore(container, loggers.CreateLogger<BlobDocumentStore>());
        }

        if (!string.IsNullOrWhiteSpace(options.AccountUrl))
        {
            // The bot's identity settings live at the configuration root, as Microsoft's SDK names them.
            var bot = new BotFrameworkOptions
            {
                MicrosoftAppId = configuration["MicrosoftAppId"],
                MicrosoftAppType = configuration["MicrosoftAppType"],
            };
            var credential = BlobCredentialChooser.Choose(bot);
            var container = BlobContainerClientFactory.FromAccountUrl(new Uri(options.AccountUrl), options.ContainerName, credential, metrics, options.NetworkTimeout);
            log.LogInformation("Storing documents in blob container {Container} at {Endpoint} ({Credential})", container.Name, options.AccountUrl, credential.GetType().Name);
            return new BlobDocumentStore(container, loggers.CreateLogger<BlobDocumentStore>());
        }

        var store = new LocalDocumentStore(options.LocalPath, loggers.CreateLogger<LocalDocumentStore>());
        log.LogInformation("Storing documents in the local folder {Folder}; set Storage:ConnectionString or Storage:AccountUrl for Blob Storage", store.RootPath);
        return store;
    }
}
