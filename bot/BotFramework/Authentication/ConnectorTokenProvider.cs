using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoalitionBot.BotFramework.Authentication;

/// <summary>
/// The bot's Bot Connector tokens: none without an app id (local development), otherwise MSAL tokens
/// reused until shortly before they expire.
/// </summary>
public sealed partial class ConnectorTokenProvider : IConnectorTokenProvider
{
    private readonly CachedTokenProvider? _cache;

    /// <exception cref="InvalidOperationException">The app type's required settings are missing.</exception>
    public ConnectorTokenProvider(IOptions<BotFrameworkOptions> options, TimeProvider timeProvider, ILogger<ConnectorTokenProvider> logger)
    {
        if (!options.Value.IsAuthenticationEnabled) return;

        var source = new MsalConnectorTokenSource(options.Value);
        _cache = new CachedTokenProvider(async cancellationToken =>
        {
            var token = await source.AcquireAsync(cancellationToken).ConfigureAwait(false);
            LogAcquired(logger, source.AppType, token.ExpiresOn);
            return token;
        }, timeProvider);
    }

    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) =>
        _cache?.GetTokenAsync(cancellationToken) ?? ValueTask.FromResult<string?>(null);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Acquired a Bot Connector token ({AppType}) valid until {ExpiresOn}")]
    private static partial void LogAcquired(ILogger logger, BotAppType appType, DateTimeOffset expiresOn);
}
