using System.Security.Claims;

namespace CoalitionBot.BotFramework.Authentication;

/// <summary>
/// The authenticated caller of an inbound activity. Claims keep their raw JWT names ("aud", "serviceurl", ...).
/// </summary>
public sealed class BotCallerIdentity : ClaimsIdentity
{
    public const string TokenAuthenticationType = "BotFramework";
    public const string AnonymousAuthenticationType = "anonymous";

    internal BotCallerIdentity(BotCallerKind kind, string? appId, string? serviceUrl, IEnumerable<Claim> claims)
        : base(claims, kind == BotCallerKind.LocalAnonymous ? AnonymousAuthenticationType : TokenAuthenticationType)
    {
        Kind = kind;
        AppId = appId;
        ServiceUrl = serviceUrl;
    }

    public BotCallerKind Kind { get; }

    /// <summary>The bot app id the token was issued for (the configured MicrosoftAppId); null for anonymous callers.</summary>
    public string? AppId { get; }

    /// <summary>
    /// The serviceUrl this request proved it may use: the channel token's <c>serviceurl</c> claim; for the Emulator and
    /// anonymous local callers the activity's own serviceUrl (the Emulator already holds the bot's credentials).
    /// Safe to pass to <see cref="TrustedServiceUrls.Trust"/>.
    /// </summary>
    public string? ServiceUrl { get; }
}
