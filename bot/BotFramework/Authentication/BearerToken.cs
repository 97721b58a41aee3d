namespace CoalitionBot.BotFramework.Authentication;

/// <summary>Reads the token out of an <c>Authorization: Bearer &lt;jwt&gt;</c> header.</summary>
internal static class BearerToken
{
    /// <summary>The token, or null unless the header is exactly a Bearer scheme and one token.</summary>
    public static string? FromAuthorizationHeader(string? authorizationHeader)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader)) return null;
        var parts = authorizationHeader.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // RFC 7235: the scheme name is case-insensitive.
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.OrdinalIgnoreCase)) return null;
        return parts[1];
    }
}
