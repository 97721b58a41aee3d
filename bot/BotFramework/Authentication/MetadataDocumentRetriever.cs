using Microsoft.IdentityModel.Protocols;

namespace CoalitionBot.BotFramework.Authentication;

/// <summary>
/// Fetches OpenID metadata and key documents over HTTPS (plain HTTP only on loopback),
/// with a fresh client from the factory each time so DNS and handler rotation keep working
/// although the configuration managers live for the whole process.
/// </summary>
internal sealed class MetadataDocumentRetriever(IHttpClientFactory httpClientFactory) : IDocumentRetriever
{
    public const string HttpClientName = "CoalitionBot.BotFramework.OpenIdMetadata";

    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri))
            throw new InvalidOperationException($"OpenID document address '{address}' is not an absolute URL.");
        if (!LoopbackAddress.AllowsPlainHttp(uri))
            throw new InvalidOperationException($"OpenID document address '{address}' must use HTTPS.");

        var client = httpClientFactory.CreateClient(HttpClientName);
        using var response = await client.GetAsync(uri, cancel).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
    }
}
