using Polly;
using Polly.Telemetry;

namespace CoalitionBot.Hosting;

/// <summary>
/// The resilience pipeline (Polly, under Microsoft.Extensions.Http.Resilience) logs every attempt at Information and every
/// retry at Warning: lines an operator cannot act on, since a call that still fails after its retries is logged once by
/// whoever made it (the turn's refusal, the reminder report). Those per-attempt events are Debug here.
/// </summary>
public static class ResilienceLogLevels
{
    private static readonly HashSet<string> PerAttemptEvents = new(StringComparer.Ordinal) { "ExecutionAttempt", "OnRetry", "OnTimeout" };

    public static IServiceCollection LogResilienceAttemptsAtDebug(this IServiceCollection services) =>
        services.Configure<TelemetryOptions>(options => options.SeverityProvider = args =>
            PerAttemptEvents.Contains(args.Event.EventName) ? ResilienceEventSeverity.Debug : args.Event.Severity);
}
