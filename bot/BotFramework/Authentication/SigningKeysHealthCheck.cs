using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoalitionBot.BotFramework.Authentication;

/// <summary>
/// Whether the bot can check the channel's tokens: Unhealthy when the signing keys were never fetched (every activity
/// would be refused), Degraded when they are older than a day (fetching them again fails; a token signed with a new key
/// would be refused). The manager fetches them every 12 hours, so a day means at least one failed refresh.
/// </summary>
public sealed class SigningKeysHealthCheck(BotAuthenticator authenticator, TimeProvider time) : IHealthCheck
{
    /// <summary>Microsoft asks bots to fetch the keys at least once a day.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!authenticator.ChecksTokens) return HealthCheckResult.Healthy("No MicrosoftAppId: tokens are not checked.");
        if (await authenticator.SigningKeysFetchedAtAsync(cancellationToken) is not { } fetchedAt)
            return HealthCheckResult.Unhealthy("The keys that sign the channel's tokens could not be fetched: every activity is refused.");
        var hours = (int)(time.GetUtcNow() - fetchedAt).TotalHours;
        var age = hours == 1 ? "1 hour" : $"{hours} hours";
        return time.GetUtcNow() - fetchedAt > MaxAge
            ? HealthCheckResult.Degraded($"The signing keys were fetched {age} ago and fetching them again fails: a token signed with a new key is refused.")
            : HealthCheckResult.Healthy($"The signing keys were fetched {age} ago.");
    }
}
