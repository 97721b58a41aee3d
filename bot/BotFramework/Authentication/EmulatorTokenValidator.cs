using CoalitionBot.BotFramework.Schema;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CoalitionBot.BotFramework.Authentication;

/// <summary>
/// Validates a Bot Framework Emulator token as the SDK's EmulatorValidation does: an Entra ID token the Emulator
/// obtained with the bot's own credentials, so its app id (appid or azp, by version) must be ours.
/// Emulator tokens carry no serviceurl claim and their keys no endorsements. Unlike the SDK, the audience is checked too:
/// the token must be meant for this bot or for the Bot Framework, not just made by an app with our id.
/// </summary>
internal sealed class EmulatorTokenValidator(OpenIdSigningKeys keys, string appId)
{
    public static bool Issued(JsonWebToken token) => EmulatorIssuers.Issued(token);

    public async Task<BotCallerIdentity> ValidateAsync(JsonWebToken token, Activity activity, CancellationToken cancellationToken)
    {
        var signingKey = await SignedTokenValidation.FindSigningKeyAsync(keys, token, cancellationToken).ConfigureAwait(false);

        var parameters = SignedTokenValidation.ParametersFor(signingKey);
        parameters.ValidIssuers = EmulatorIssuers.For(token);
        parameters.ValidAudiences = [appId, BotAuthenticationConstants.ConnectorResource];
        var claims = await SignedTokenValidation.ValidateAsync(token, parameters).ConfigureAwait(false);

        var callerAppId = token.CallerAppId() ?? throw TokenRejection.Because("Emulator token has no app id for its version.");
        if (!string.Equals(callerAppId, appId, StringComparison.OrdinalIgnoreCase))
            throw TokenRejection.Because("Emulator token is for another app.");

        return new BotCallerIdentity(BotCallerKind.Emulator, appId, activity.ServiceUrl, claims.Claims);
    }
}
