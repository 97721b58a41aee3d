using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CoalitionBot.BotFramework.Authentication;

/// <summary>
/// The signing keys published behind one OpenID metadata document, found by key id.
/// A <see cref="ConfigurationManager{T}"/> caches them and refreshes them in the background;
/// an unknown key id additionally triggers one immediate fetch, because IdentityModel 8's
/// RequestRefresh is non-blocking and the request that first meets a rotated key would fail.
/// </summary>
internal sealed partial class OpenIdSigningKeys
{
    /// <summary>Microsoft asks bots to refresh keys at least daily; the manager adds up to an hour of jitter.</summary>
    internal static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(12);

    /// <summary>Bounds how often forged key ids can make us hit the metadata endpoint.</summary>
    internal static readonly TimeSpan MinimumForcedRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly string _metadataAddress;
    private readonly IDocumentRetriever _documents;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _forcedRefreshGate = new(1, 1);
    private DateTimeOffset? _lastForcedRefresh;
    private ForcedRefresh? _forcedRefresh;
    private KeysSeen? _seen;

    /// <summary>The key set last handed out, and when it was first seen: a new instance from the manager is a new fetch.</summary>
    private sealed record KeysSeen(OpenIdConnectConfiguration Configuration, DateTimeOffset At);

    /// <summary>A fetch made on an unknown key id, valid until the manager's own cache moves past <paramref name="Superseded"/>.</summary>
    private sealed record ForcedRefresh(OpenIdConnectConfiguration Superseded, OpenIdConnectConfiguration Fresh);

    public OpenIdSigningKeys(string metadataAddress, IDocumentRetriever documents, TimeProvider timeProvider, ILogger logger)
    {
        _metadataAddress = metadataAddress;
        _documents = documents;
        _timeProvider = timeProvider;
        _logger = logger;
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(metadataAddress, new OpenIdConnectConfigurationRetriever(), documents)
        {
            AutomaticRefreshInterval = AutomaticRefreshInterval,
            RefreshInterval = MinimumForcedRefreshInterval,
        };
    }

    public string MetadataAddress => _metadataAddress;

    /// <summary>
    /// When the keys in use were fetched, after asking the manager for them (which fetches them again when they are due);
    /// null when they could never be fetched. A failed refresh keeps the old keys, so their age is what shows it.
    /// </summary>
    public async Task<DateTimeOffset?> FetchedAtAsync(CancellationToken cancellationToken)
    {
        try
        {
            await CurrentAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // Never fetched and not reachable now: the age below stays unknown.
        }
        return Volatile.Read(ref _seen)?.At;
    }

    private async Task<OpenIdConnectConfiguration> CurrentAsync(CancellationToken cancellationToken)
    {
        var current = await _manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        Seen(current);
        return current;
    }

    private void Seen(OpenIdConnectConfiguration configuration)
    {
        var seen = Volatile.Read(ref _seen);
        if (seen is null || (!ReferenceEquals(seen.Configuration, configuration) && !ReferenceEquals(FresherThan(configuration), seen.Configuration)))
            Volatile.Write(ref _seen, new KeysSeen(configuration, _timeProvider.GetUtcNow()));
    }

    /// <summary>The published key with this id, or null when even a fresh fetch does not have it.</summary>
    /// <exception cref="InvalidOperationException">The metadata could not be retrieved and nothing is cached.</exception>
    public async Task<JsonWebKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var current = await CurrentAsync(cancellationToken).ConfigureAwait(false);
        return FindKey(current, keyId)
            ?? FindKey(FresherThan(current), keyId)
            ?? await RefreshAndFindAsync(current, keyId, cancellationToken).ConfigureAwait(false);
    }

    private OpenIdConnectConfiguration? FresherThan(OpenIdConnectConfiguration current)
    {
        var forced = Volatile.Read(ref _forcedRefresh);
        return forced is not null && ReferenceEquals(forced.Superseded, current) ? forced.Fresh : null;
    }

    private async Task<JsonWebKey?> RefreshAndFindAsync(OpenIdConnectConfiguration current, string keyId, CancellationToken cancellationToken)
    {
        await _forcedRefreshGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another request may have refreshed while this one waited.
            if (FindKey(FresherThan(current), keyId) is { } alreadyFetched) return alreadyFetched;

            var now = _timeProvider.GetUtcNow();
            if (_lastForcedRefresh is { } last && now - last < MinimumForcedRefreshInterval)
            {
                LogRefreshThrottled(_logger, LogSafe.Identifier(keyId), _metadataAddress);
                return null;
            }
            _lastForcedRefresh = now;

            LogRefreshingForUnknownKey(_logger, LogSafe.Identifier(keyId), _metadataAddress);
            OpenIdConnectConfiguration fresh;
            try
            {
                fresh = await OpenIdConnectConfigurationRetriever.GetAsync(_metadataAddress, _documents, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRefreshFailed(_logger, exception, _metadataAddress);
                return null;
            }

            Volatile.Write(ref _forcedRefresh, new ForcedRefresh(current, fresh));
            Volatile.Write(ref _seen, new KeysSeen(fresh, now));
            _manager.RequestRefresh(); // lets the shared cache catch up for later requests
            return FindKey(fresh, keyId);
        }
        finally
        {
            _forcedRefreshGate.Release();
        }
    }

    private static JsonWebKey? FindKey(OpenIdConnectConfiguration? configuration, string keyId) =>
        configuration?.JsonWebKeySet?.Keys.FirstOrDefault(key => string.Equals(key.Kid, keyId, StringComparison.Ordinal));

    [LoggerMessage(Level = LogLevel.Information, Message = "Signing key {KeyId} is unknown; fetching {MetadataAddress} again")]
    private static partial void LogRefreshingForUnknownKey(ILogger logger, string keyId, string metadataAddress);

    // Debug: every forged token with a made-up key id would otherwise be a warning; the rejection itself is logged (rate-limited).
    [LoggerMessage(Level = LogLevel.Debug, Message = "Signing key {KeyId} is unknown and {MetadataAddress} was fetched too recently to fetch again")]
    private static partial void LogRefreshThrottled(ILogger logger, string keyId, string metadataAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fetching {MetadataAddress} for an unknown signing key failed")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, string metadataAddress);
}
