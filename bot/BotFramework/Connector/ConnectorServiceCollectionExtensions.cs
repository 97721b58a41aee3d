using CoalitionBot.BotFramework.Authentication;
using Microsoft.Extensions.Options;
using Polly;

namespace CoalitionBot.BotFramework.Connector;

public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// A typed <see cref="ConnectorClient"/>: the bot's token on each call (only to trusted service URLs),
    /// retries with Retry-After and jitter, and a timeout per attempt.
    /// </summary>
    public static IServiceCollection AddConnectorClient(this IServiceCollection services)
    {
        services.AddOptions<ConnectorRetryOptions>();
        services.AddHttpClient<ConnectorClient>().AddConnectorHandlers();
        return services;
    }

    /// <summary>
    /// The connector's handlers on an HTTP client: retries and attempt timeout outside, then
    /// <paramref name="perAttempt"/> (e.g. a rate limiter that every attempt must pass), then the token.
    /// </summary>
    public static IHttpClientBuilder AddConnectorHandlers(this IHttpClientBuilder client, Action<IHttpClientBuilder>? perAttempt = null)
    {
        client.AddResilienceHandler("connector", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<ConnectorRetryOptions>>().Value;
                pipeline.AddRetry(ConnectorRetryPolicy.Create(options));
                pipeline.AddTimeout(options.AttemptTimeout);
            });
        perAttempt?.Invoke(client);
        // Inside the retries, so every attempt carries a fresh token.
        client.AddConnectorAuthentication();
        return client;
    }
}
