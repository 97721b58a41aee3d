using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;
using static CoalitionBot.BotFramework.Authentication.BotAuthenticationConstants;

namespace CoalitionBot.BotFramework.Authentication;

/// <summary>
/// Acquires Bot Connector tokens with MSAL: client credentials (secret) against the app type's authority,
/// or the user-assigned managed identity whose client id is the bot's app id.
/// </summary>
internal sealed class MsalConnectorTokenSource
{
    private readonly Func<CancellationToken, Task<AuthenticationResult>> _acquire;

    /// <exception cref="InvalidOperationException">The settings are incomplete for the app type.</exception>
    public MsalConnectorTokenSource(BotFrameworkOptions options)
    {
        var appId = options.MicrosoftAppId?.Trim();
        if (string.IsNullOrEmpty(appId)) throw new InvalidOperationException("MicrosoftAppId is required to acquire Bot Connector tokens.");

        AppType = options.AppType;
        Authority = ConnectorAuthority.For(options);
        if (Authority is null)
        {
            var managedIdentity = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(appId)).Build();
            _acquire = cancellationToken => managedIdentity.AcquireTokenForManagedIdentity(ConnectorResource).ExecuteAsync(cancellationToken);
            return;
        }

        var secret = options.MicrosoftAppPassword;
        if (string.IsNullOrEmpty(secret)) throw new InvalidOperationException($"MicrosoftAppType {AppType} requires MicrosoftAppPassword.");
        var confidentialClient = ConfidentialClientApplicationBuilder.Create(appId)
            .WithAuthority(Authority.ToString(), validateAuthority: true)
            .WithClientSecret(secret)
            .Build();
        _acquire = cancellationToken => confidentialClient.AcquireTokenForClient([ConnectorScope]).ExecuteAsync(cancellationToken);
    }

    public BotAppType AppType { get; }

    /// <summary>The Entra ID authority tokens come from; null for a managed identity.</summary>
    public Uri? Authority { get; }

    public async Task<ConnectorAccessToken> AcquireAsync(CancellationToken cancellationToken)
    {
        var result = await _acquire(cancellationToken).ConfigureAwait(false);
        return new ConnectorAccessToken(result.AccessToken, result.ExpiresOn);
    }
}
