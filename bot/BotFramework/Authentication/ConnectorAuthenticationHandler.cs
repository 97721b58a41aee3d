using System.Net.Http.Headers;

namespace CoalitionBot.BotFramework.Authentication;

/// <summary>
/// Puts the bot's Bearer token on Bot Connector calls, and only on calls to trusted service URLs:
/// a serviceUrl taken from an unauthenticated payload must never receive the token.
/// Without an app id there is no token and requests go out unchanged (local development).
/// </summary>
public sealed class ConnectorAuthenticationHandler(IConnectorTokenProvider tokens, TrustedServiceUrls trustedServiceUrls) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        if (token is not null)
        {
            if (request.RequestUri is null || !trustedServiceUrls.IsTrusted(request.RequestUri))
                throw new UntrustedServiceUrlException(request.RequestUri);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
