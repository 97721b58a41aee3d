using System.Collections.Concurrent;

namespace CoalitionBot.BotFramework.Authentication;

/// <summary>
/// The service URLs the bot may send its token to: those an authenticated channel request vouched for.
/// A request URL is trusted when scheme, host and port equal a trusted base URL and its path starts with the
/// base's path (all case-insensitive, the base path ending in "/", so /amer does not cover /amerx).
/// Process-wide and in memory: after a restart, callers re-trust the service URLs of stored conversation references.
/// </summary>
public sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, TrustedBase> _trusted = new(StringComparer.OrdinalIgnoreCase);

    private sealed record TrustedBase(string Scheme, string Host, int Port, string PathPrefix);

    /// <exception cref="ArgumentException">Not an absolute http(s) URL.</exception>
    public void Trust(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new ArgumentException("A service URL must be an absolute http(s) URL.", nameof(serviceUrl));

        var trusted = new TrustedBase(uri.Scheme, uri.IdnHost, uri.Port, WithTrailingSlash(uri.AbsolutePath));
        _trusted.TryAdd($"{trusted.Scheme}://{trusted.Host}:{trusted.Port}{trusted.PathPrefix}", trusted);
    }

    public bool IsTrusted(Uri requestUri)
    {
        if (!requestUri.IsAbsoluteUri) return false;
        var path = WithTrailingSlash(requestUri.AbsolutePath);
        foreach (var trusted in _trusted.Values)
        {
            if (string.Equals(requestUri.Scheme, trusted.Scheme, StringComparison.OrdinalIgnoreCase)
                && string.Equals(requestUri.IdnHost, trusted.Host, StringComparison.OrdinalIgnoreCase)
                && requestUri.Port == trusted.Port
                && path.StartsWith(trusted.PathPrefix, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static string WithTrailingSlash(string path) => path.EndsWith('/') ? path : path + "/";
}
