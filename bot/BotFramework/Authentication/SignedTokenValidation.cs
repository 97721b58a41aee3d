using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static CoalitionBot.BotFramework.Authentication.BotAuthenticationConstants;

namespace CoalitionBot.BotFramework.Authentication;

/// <summary>The checks every Bot Framework token gets: a published RSA key, allowed algorithm, lifetime with skew.</summary>
internal static class SignedTokenValidation
{
    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };

    /// <summary>Parses the token without trusting it yet, so its issuer can choose the validation path.</summary>
    public static JsonWebToken Read(string rawToken)
    {
        if (!Handler.CanReadToken(rawToken)) throw TokenRejection.Because("Malformed token.");
        JsonWebToken token;
        try
        {
            token = Handler.ReadJsonWebToken(rawToken);
        }
        catch (ArgumentException)
        {
            throw TokenRejection.Because("Malformed token.");
        }
        if (token.IsEncrypted) throw TokenRejection.Because("Encrypted tokens are not accepted.");
        // Checked up front as well: IdentityModel reports a disallowed algorithm only as a bad signature,
        // and HS256/none tokens should not cost a key lookup.
        if (!AllowedSigningAlgorithms.Contains(token.Alg, StringComparer.Ordinal)) throw TokenRejection.Because("Signing algorithm not allowed.");
        return token;
    }

    /// <summary>The key the token names by <c>kid</c>; tokens without one cannot be tied to endorsements, so they are refused.</summary>
    public static async Task<JsonWebKey> FindSigningKeyAsync(OpenIdSigningKeys keys, JsonWebToken token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token.Kid)) throw TokenRejection.Because("Token has no key id.");
        return await keys.FindAsync(token.Kid, cancellationToken).ConfigureAwait(false)
            ?? throw TokenRejection.Because("Signing key not found.");
    }

    /// <summary>Parameters pinned to one signing key; the caller adds issuer and audience rules.</summary>
    public static TokenValidationParameters ParametersFor(JsonWebKey signingKey) => new()
    {
        IssuerSigningKey = signingKey,
        TryAllIssuerSigningKeys = false,
        ValidateIssuerSigningKey = true,
        RequireSignedTokens = true,
        ValidAlgorithms = AllowedSigningAlgorithms,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        ValidateIssuer = true,
        ValidateAudience = true,
    };

    public static async Task<ClaimsIdentity> ValidateAsync(JsonWebToken token, TokenValidationParameters parameters)
    {
        var result = await Handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        if (!result.IsValid || result.ClaimsIdentity is null) throw TokenRejection.From(result.Exception);
        return result.ClaimsIdentity;
    }
}
