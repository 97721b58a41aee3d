namespace CoalitionBot.BotFramework.Connector;

/// <summary>
/// How connector calls are retried (Teams' guidance: 429 waits for Retry-After, 412/502/503/504 back off
/// exponentially, both with jitter; nothing else is retried). Code defaults, not settings; tests shorten them.
/// </summary>
public sealed class ConnectorRetryOptions
{
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First backoff when the channel gives no Retry-After; doubles per attempt, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A Retry-After longer than this is not waited for: the call fails and the caller decides.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time for one attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Time all replies of one turn may take together. Teams expects its POST answered within 15 s and sends it
    /// again after that; a slower channel ends the turn's replies instead (what the turn saved stays saved).
    /// </summary>
    public TimeSpan ReplyTimeout { get; set; } = TimeSpan.FromSeconds(12);
}
