using System.Net;
using System.Security.Claims;
using CoalitionBot.BotFramework.Schema;

namespace CoalitionBot.BotFramework.Authentication;

/// <summary>
/// Decides whether an inbound activity really comes from a Bot Framework channel (or the Emulator).
/// </summary>
public sealed class BotAuthenticator
{
    /// <summary>The caller's identity, or <see cref="UnauthorizedAccessException"/> with the reason.</summary>
    public Task<ClaimsIdentity> AuthenticateAsync(Activity activity, string? authorizationHeader, IPAddress? remoteAddress, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
