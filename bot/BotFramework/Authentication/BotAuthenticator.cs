using System.Net;
using CoalitionBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using static CoalitionBot.BotFramework.Authentication.BotAuthenticationConstants;

namespace CoalitionBot.BotFramework.Authentication;

/// <summary>
/// Decides whether an inbound activity really comes from a Bot Framework channel (or, when a setting allows it, the Emulator).
/// </summary>
public sealed class BotAuthenticator
{
    private readonly OpenIdSigningKeys? _channelKeys;
    private readonly ChannelTokenValidator? _channel;
    private readonly EmulatorTokenValidator? _emulator;
    private readonly RejectionLog _rejections;

    public BotAuthenticator(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClientFactory, TimeProvider timeProvider, ILogger<BotAuthenticator> logger)
        : this(options.Value, new MetadataDocumentRetriever(httpClientFactory), timeProvider, logger, EmulatorOpenIdMetadataUrl)
    {
    }

    /// <param name="emulatorMetadataUrl">Entra ID's metadata in production; tests serve their own from loopback.</param>
    internal BotAuthenticator(BotFrameworkOptions options, IDocumentRetriever documents, TimeProvider timeProvider, ILogger logger, string emulatorMetadataUrl)
    {
        _rejections = new RejectionLog(logger, timeProvider);
        if (!options.IsAuthenticationEnabled) return;

        var appId = options.MicrosoftAppId!.Trim();
        var channelMetadataUrl = string.IsNullOrWhiteSpace(options.BotOpenIdMetadata) ? ChannelOpenIdMetadataUrl : options.BotOpenIdMetadata.Trim();
        _channelKeys = new OpenIdSigningKeys(channelMetadataUrl, documents, timeProvider, logger);
        _channel = new ChannelTokenValidator(_channelKeys, appId);
        // Anyone with the bot's own credentials can make Emulator tokens: accepted only where an operator asks for it.
        if (options.AllowEmulatorTokens)
            _emulator = new EmulatorTokenValidator(new OpenIdSigningKeys(emulatorMetadataUrl, documents, timeProvider, logger), appId);
    }

    /// <summary>False without a MicrosoftAppId: no tokens are checked, so no signing keys are needed.</summary>
    public bool ChecksTokens => _channelKeys is not null;

    /// <summary>When the keys that sign the channel's tokens were fetched (fetching them when due); null when never.</summary>
    public Task<DateTimeOffset?> SigningKeysFetchedAtAsync(CancellationToken cancellationToken) =>
        _channelKeys?.FetchedAtAsync(cancellationToken) ?? Task.FromResult<DateTimeOffset?>(null);

    /// <summary>The caller's identity, or <see cref="UnauthorizedAccessException"/> with the reason.</summary>
    /// <returns>A <see cref="BotCallerIdentity"/>: its <see cref="BotCallerIdentity.ServiceUrl"/> is the one the caller may be answered at.</returns>
    /// <exception cref="UnauthorizedAccessException">The request is not from a channel or Emulator we trust.</exception>
    /// <exception cref="InvalidOperationException">Signing keys could not be retrieved at all (a server-side fault, not the caller's).</exception>
    public async Task<BotCallerIdentity> AuthenticateAsync(Activity activity, string? authorizationHeader, IPAddress? remoteAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        try
        {
            return _channel is null
                ? AuthenticateLocalCaller(activity, authorizationHeader, remoteAddress)
                : await AuthenticateTokenAsync(_channel, _emulator, activity, authorizationHeader, cancellationToken).ConfigureAwait(false);
        }
        catch (UnauthorizedAccessException rejection)
        {
            _rejections.Rejected(rejection.Message, remoteAddress, activity.ChannelId);
            throw;
        }
    }

    /// <summary>Without an app id nothing can be verified, so only this machine may call (Emulator, local tests).</summary>
    private static BotCallerIdentity AuthenticateLocalCaller(Activity activity, string? authorizationHeader, IPAddress? remoteAddress)
    {
        if (!string.IsNullOrWhiteSpace(authorizationHeader))
            throw TokenRejection.Because("No MicrosoftAppId is configured, so tokens cannot be validated.");
        if (!LoopbackAddress.IsLoopback(remoteAddress))
            throw TokenRejection.Because("Without a MicrosoftAppId only loopback callers are accepted.");
        return new BotCallerIdentity(BotCallerKind.LocalAnonymous, appId: null, activity.ServiceUrl, []);
    }

    private static async Task<BotCallerIdentity> AuthenticateTokenAsync(
        ChannelTokenValidator channel, EmulatorTokenValidator? emulator, Activity activity, string? authorizationHeader, CancellationToken cancellationToken)
    {
        var rawToken = BearerToken.FromAuthorizationHeader(authorizationHeader)
            ?? throw TokenRejection.Because("Missing bearer token.");
        var token = SignedTokenValidation.Read(rawToken);

        // Same dispatch order as the SDK: skill, Emulator, channel.
        if (SkillTokens.IsSkillToken(token)) throw TokenRejection.Because("Skill tokens are not accepted.");
        if (EmulatorTokenValidator.Issued(token))
            return emulator is not null ? await emulator.ValidateAsync(token, activity, cancellationToken).ConfigureAwait(false)
                : throw TokenRejection.Because("Emulator tokens are not accepted (AllowEmulatorTokens is off).");
        if (ChannelTokenValidator.Issued(token)) return await channel.ValidateAsync(token, activity, cancellationToken).ConfigureAwait(false);
        throw TokenRejection.Because("Untrusted issuer.");
    }
}
