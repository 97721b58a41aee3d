using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CoalitionBot.Reminders;

/// <summary>
/// The reminder scheduler's pulse, for /healthz: when its timer last fired, and whether a round is running. A scheduler
/// whose timer has not fired for <see cref="MissedTicks"/> intervals has stopped (its loop died or hangs), and no reminder
/// would go out from this instance: Unhealthy, so App Service restarts it. A round that runs long (a large fan-out,
/// Teams' rate limits) is not a missed tick.
/// </summary>
public sealed class SchedulerHeartbeat(IOptions<ReminderOptions> options, TimeProvider time) : IHealthCheck
{
    public const int MissedTicks = 3;

    private readonly DateTimeOffset startedAt = time.GetUtcNow();
    private long lastTickUtcTicks; // 0 until the first tick; a long, so the scheduler and a probe never see half a value
    private volatile bool inRound;

    public void RoundStarted()
    {
        Interlocked.Exchange(ref lastTickUtcTicks, time.GetUtcNow().UtcTicks);
        inRound = true;
    }

    public void RoundEnded()
    {
        Interlocked.Exchange(ref lastTickUtcTicks, time.GetUtcNow().UtcTicks);
        inRound = false;
    }

    private DateTimeOffset? LastTick => Interlocked.Read(ref lastTickUtcTicks) is var ticks and not 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var interval = options.Value.TickInterval;
        var lastTick = LastTick;
        var since = lastTick ?? startedAt;
        var silent = time.GetUtcNow() - since;
        if (inRound) return Task.FromResult(HealthCheckResult.Healthy($"A reminder round is running since {Seconds(silent)} ago."));
        return Task.FromResult(silent <= interval * MissedTicks
            ? HealthCheckResult.Healthy(lastTick is null ? "The reminder scheduler is starting." : $"The reminder scheduler ticked {Seconds(silent)} ago.")
            : HealthCheckResult.Unhealthy($"The reminder scheduler has not ticked for {Seconds(silent)} (it ticks every {Seconds(interval)}): no reminders are sent from this instance."));
    }

    private static string Seconds(TimeSpan span) => (long)span.TotalSeconds is 1 ? "1 second" : $"{(long)span.TotalSeconds} seconds";
}
