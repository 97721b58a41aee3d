namespace CoalitionBot.BotFramework.Connector;

/// <summary>The Bot Connector v3 routes, relative to a channel's serviceUrl; ids are escaped (Teams ids hold ':', ';', '@', '=').</summary>
internal static class ConnectorUris
{
    /// <summary>Teams caps a roster page at 500 members.</summary>
    public const int MaxPageSize = 500;

    public static Uri Conversations(string serviceUrl) => Build(serviceUrl, "v3/conversations");

    public static Uri Activities(string serviceUrl, string conversationId) =>
        Build(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities");

    public static Uri Activity(string serviceUrl, string conversationId, string activityId) =>
        Build(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}");

    public static Uri PagedMembers(string serviceUrl, string conversationId, int pageSize, string? continuationToken)
    {
        var query = $"?pageSize={Math.Clamp(pageSize, 1, MaxPageSize)}";
        if (!string.IsNullOrEmpty(continuationToken)) query += "&continuationToken=" + Uri.EscapeDataString(continuationToken);
        return Build(serviceUrl, $"v3/conversations/{Escape(conversationId)}/pagedmembers{query}");
    }

    private static string Escape(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Uri.EscapeDataString(id);
    }

    /// <summary>Exactly one '/' between the serviceUrl (which may or may not end in '/', and may have a path) and the route.</summary>
    private static Uri Build(string serviceUrl, string route)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var baseUri) || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
            throw new ArgumentException($"'{serviceUrl}' is not an http(s) service URL.", nameof(serviceUrl));
        return new Uri(baseUri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/" + route);
    }
}
