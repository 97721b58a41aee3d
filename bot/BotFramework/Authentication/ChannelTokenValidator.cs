using CoalitionBot.BotFramework.Schema;
using Microsoft.IdentityModel.JsonWebTokens;
using static CoalitionBot.BotFramework.Authentication.BotAuthenticationConstants;

namespace CoalitionBot.BotFramework.Authentication;

/// <summary>
/// Validates a token from a Bot Framework channel (issuer api.botframework.com) for one activity:
/// signature, lifetime, audience = our app id, the key's endorsement of the activity's channel,
/// and the <c>serviceurl</c> claim matching the activity, so replies only go where the channel said.
/// </summary>
internal sealed class ChannelTokenValidator(OpenIdSigningKeys keys, string appId)
{
    public static bool Issued(JsonWebToken token) => string.Equals(token.Issuer, ChannelTokenIssuer, StringComparison.Ordinal);

    public async Task<BotCallerIdentity> ValidateAsync(JsonWebToken token, Activity activity, CancellationToken cancellationToken)
    {
        var signingKey = await SignedTokenValidation.FindSigningKeyAsync(keys, token, cancellationToken).ConfigureAwait(false);

        var parameters = SignedTokenValidation.ParametersFor(signingKey);
        parameters.ValidIssuer = ChannelTokenIssuer;
        parameters.ValidAudience = appId;
        parameters.IgnoreCaseWhenValidatingAudience = true; // app ids are GUIDs; configuration may differ in case
        var claims = await SignedTokenValidation.ValidateAsync(token, parameters).ConfigureAwait(false);

        var endorsements = SigningKeyEndorsements.Read(signingKey)
            ?? throw TokenRejection.Because("Signing key has no endorsements.");
        if (string.IsNullOrEmpty(activity.ChannelId) || !SigningKeyEndorsements.Endorses(endorsements, activity.ChannelId))
            throw TokenRejection.Because("Channel not endorsed by the signing key.");

        var serviceUrl = claims.FindFirst(ServiceUrlClaim)?.Value;
        if (string.IsNullOrEmpty(serviceUrl)) throw TokenRejection.Because("Missing serviceurl claim.");
        if (!string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
            throw TokenRejection.Because("serviceurl claim mismatch.");

        return new BotCallerIdentity(BotCallerKind.Channel, appId, serviceUrl, claims.Claims);
    }
}
