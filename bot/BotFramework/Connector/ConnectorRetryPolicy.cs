using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace CoalitionBot.BotFramework.Connector;

/// <summary>Builds the retry strategy for connector calls from <see cref="ConnectorRetryOptions"/>.</summary>
internal static class ConnectorRetryPolicy
{
    /// <summary>Up to a fifth of the wait is added at random, so throttled senders do not all come back at once.</summary>
    private const double JitterFraction = 0.2;

    public static HttpRetryStrategyOptions Create(ConnectorRetryOptions options) => new()
    {
        MaxRetryAttempts = options.MaxRetryAttempts,
        Delay = options.BaseDelay,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        ShouldRetryAfterHeader = false, // handled below, with jitter and a bound
        ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options)),
        DelayGenerator = args => ValueTask.FromResult(RetryAfterWithJitter(args.Outcome.Result)),
    };

    public static bool IsRetriable(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ConnectorRetryOptions options)
    {
        if (outcome.Exception is not null)
            return outcome.Exception is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException;
        var response = outcome.Result!;
        if (!IsRetriable(response.StatusCode)) return false;
        // A channel that asks for a long pause gets an answer now; the caller may try again later.
        return RetryAfter(response) is not { } wait || wait <= options.MaxRetryAfter;
    }

    /// <summary>Retry-After plus jitter, or null to fall back to exponential backoff.</summary>
    private static TimeSpan? RetryAfterWithJitter(HttpResponseMessage? response) =>
        response is not null && RetryAfter(response) is { } wait
            ? wait + TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * JitterFraction * Math.Max(wait.TotalMilliseconds, 1000))
            : null;

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }
}
