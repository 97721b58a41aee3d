namespace CoalitionBot.BotFramework.Connector;

/// <summary>
/// Makes every attempt of a fan-out's connector call (retries too) wait for <see cref="TeamsRateLimits"/>;
/// a message to a conversation ("v3/conversations/{id}/activities") also waits for that conversation's bucket.
/// </summary>
public sealed class TeamsRateLimitHandler(TeamsRateLimits limits) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await limits.WaitAsync(ConversationOf(request), cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }

    private static string? ConversationOf(HttpRequestMessage request)
    {
        if (request.Method != HttpMethod.Post || request.RequestUri is null) return null;
        var segments = request.RequestUri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.IndexOf(segments, "conversations");
        return at >= 0 && segments.Length > at + 2 && segments[at + 2] == "activities" ? Uri.UnescapeDataString(segments[at + 1]) : null;
    }
}
