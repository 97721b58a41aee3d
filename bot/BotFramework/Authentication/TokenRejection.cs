using Microsoft.IdentityModel.Tokens;

namespace CoalitionBot.BotFramework.Authentication;

/// <summary>Short, stable reasons for refusing a token; never the token or its claims' values.</summary>
internal static class TokenRejection
{
    public static UnauthorizedAccessException Because(string reason) => new(reason);

    /// <summary>Names the failed check from IdentityModel's exception type.</summary>
    public static UnauthorizedAccessException From(Exception? validationFailure) => Because(validationFailure switch
    {
        SecurityTokenInvalidAudienceException => "Invalid audience.",
        SecurityTokenInvalidIssuerException => "Invalid issuer.",
        SecurityTokenExpiredException => "Token expired.",
        SecurityTokenNotYetValidException => "Token not yet valid.",
        SecurityTokenNoExpirationException => "Token has no expiry.",
        SecurityTokenInvalidLifetimeException => "Invalid token lifetime.",
        SecurityTokenInvalidAlgorithmException => "Signing algorithm not allowed.",
        SecurityTokenSignatureKeyNotFoundException => "Signing key not found.",
        SecurityTokenInvalidSignatureException => "Invalid signature.",
        _ => "Invalid token.",
    });
}
