using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoalitionBot.BotFramework.Authentication;

public static class BotAuthenticationServiceCollectionExtensions
{
    private static readonly TimeSpan MetadataTimeout = TimeSpan.FromSeconds(30);
    private const long MaxMetadataBytes = 1024 * 1024; // key sets are a few kilobytes

    /// <summary>
    /// Inbound authentication (<see cref="BotAuthenticator"/>), outbound tokens (<see cref="IConnectorTokenProvider"/>),
    /// <see cref="TrustedServiceUrls"/> and <see cref="ConnectorAuthenticationHandler"/>.
    /// <see cref="BotFrameworkOptions"/> must be bound by the host; bad settings fail at startup.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services)
    {
        services.AddOptions<BotFrameworkOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(MetadataDocumentRetriever.HttpClientName, client =>
        {
            client.Timeout = MetadataTimeout;
            client.MaxResponseContentBufferSize = MaxMetadataBytes;
        });

        services.TryAddSingleton<BotAuthenticator>();
        services.TryAddSingleton<TrustedServiceUrls>();
        services.TryAddSingleton<IConnectorTokenProvider, ConnectorTokenProvider>();
        services.TryAddTransient<ConnectorAuthenticationHandler>();
        return services;
    }

    /// <summary>Adds <see cref="ConnectorAuthenticationHandler"/> to a Bot Connector HttpClient.</summary>
    public static IHttpClientBuilder AddConnectorAuthentication(this IHttpClientBuilder builder) =>
        builder.AddHttpMessageHandler<ConnectorAuthenticationHandler>();
}
