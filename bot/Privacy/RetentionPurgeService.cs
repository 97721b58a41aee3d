using Microsoft.Extensions.Options;

namespace CoalitionBot.Privacy;

/// <summary>
/// Runs the <see cref="RetentionPurge"/> every <see cref="PrivacyOptions.PurgeInterval"/>, counted from the last purge
/// as stored (<see cref="PurgeSchedule"/>): a restart neither repeats it nor puts it off. Every instance of the bot may
/// run it; the purge is idempotent.
/// </summary>
public sealed partial class RetentionPurgeService(
    RetentionPurge purge,
    PurgeSchedule schedule,
    IOptions<PrivacyOptions> options,
    TimeProvider time,
    ILogger<RetentionPurgeService> logger) : BackgroundService
{
    /// <summary>How soon to try again after a failure (at most; sooner when the interval is shorter).</summary>
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromHours(1);

    /// <summary>Start-up traffic comes first, and a bot that keeps crashing at start does not keep reading the schedule.</summary>
    public static readonly TimeSpan StartupDelay = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.PurgeInterval;
        try
        {
            var settle = Task.Delay(StartupDelay, time, stoppingToken);
            LogStarting(StartupDelay);
            await settle;
            while (true)
            {
                var wait = await UntilNextPurgeAsync(interval, stoppingToken);
                var delay = Task.Delay(wait, time, stoppingToken);
                LogScheduled(time.GetUtcNow() + wait);
                await delay;
                // A failed purge leaves the schedule as it was, so it would be due again at once: wait first.
                if (!await PurgeOnceAsync(stoppingToken)) await Task.Delay(RetryDelay(interval), time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task<TimeSpan> UntilNextPurgeAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            var due = await schedule.CountsFromAsync(cancellationToken) + interval;
            var wait = due - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(e.GetType().Name);
            return RetryDelay(interval);
        }
    }

    private static TimeSpan RetryDelay(TimeSpan interval) => interval < RetryAfterFailure ? interval : RetryAfterFailure;

    /// <returns>False when it failed.</returns>
    private async Task<bool> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var reports = await purge.PurgeAllAsync(cancellationToken);
            await schedule.RecordAsync(time.GetUtcNow(), cancellationToken);
            LogDone(reports.Count, reports.Sum(r => r.Total));
            return true;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Only the kind of failure: a message could quote a document. It is tried again later.
            LogFailed(e.GetType().Name);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Retention purge schedule read in {Delay}")]
    private partial void LogStarting(TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Next retention purge at {Due:O}")]
    private partial void LogScheduled(DateTimeOffset due);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention purge done: {Coalitions} coalitions checked, {Removed} answers removed")]
    private partial void LogDone(int coalitions, int removed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention purge failed ({Error}); it is tried again later")]
    private partial void LogFailed(string error);
}
