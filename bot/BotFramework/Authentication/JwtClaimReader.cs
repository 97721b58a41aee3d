using Microsoft.IdentityModel.JsonWebTokens;
using static CoalitionBot.BotFramework.Authentication.BotAuthenticationConstants;

namespace CoalitionBot.BotFramework.Authentication;

/// <summary>Reads raw claims from a JWT, including the app id whose claim name depends on the token version.</summary>
internal static class JwtClaimReader
{
    public static string? ValueOf(this JsonWebToken token, string claimType) =>
        token.TryGetClaim(claimType, out var claim) ? claim.Value : null;

    /// <summary>
    /// The calling application: <c>appid</c> for version 1.0 (or no version), <c>azp</c> for 2.0;
    /// null for any other version or when the claim is missing.
    /// </summary>
    public static string? CallerAppId(this JsonWebToken token)
    {
        var version = token.ValueOf(VersionClaim);
        if (string.IsNullOrWhiteSpace(version) || version == "1.0") return token.ValueOf(AppIdClaim);
        if (version == "2.0") return token.ValueOf(AuthorizedPartyClaim);
        return null;
    }
}
