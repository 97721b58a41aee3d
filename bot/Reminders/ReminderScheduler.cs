using CoalitionBot.Coalitions;
using Microsoft.Extensions.Options;

namespace CoalitionBot.Reminders;

/// <summary>
/// The background service that sends reminders. Every instance competes for the leader lease; the leader
/// looks every <see cref="ReminderOptions.TickInterval"/> for jobs due since each schedule was last checked,
/// fans out those within <see cref="ReminderOptions.CatchUpWindow"/> and records older ones as skipped.
/// A schedule's progress is saved only after all its due jobs are done, so a job interrupted by a crash is
/// picked up again by the next leader (and its claims keep it exactly once).
/// </summary>
public sealed partial class ReminderScheduler(
    LeaderLease lease,
    CoalitionStore coalitions,
    ReminderScheduleStore schedules,
    DeliveryLog log,
    ReminderFanOut fanOut,
    IOptions<ReminderOptions> options,
    SchedulerHeartbeat heartbeat,
    TimeProvider time,
    ILogger<ReminderScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lease.TryHoldAsync(stoppingToken);
        var leasing = KeepLeaseAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.TickInterval, time);
        try
        {
            do
            {
                heartbeat.RoundStarted();
                if (lease.IsLeader) await TickSafelyAsync(stoppingToken);
                heartbeat.RoundEnded();
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            await leasing;
            await lease.ReleaseAsync(CancellationToken.None);
        }
    }

    /// <summary>One round over every schedule; public so a test or benchmark can drive it without waiting for the timer.</summary>
    public async Task TickAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var schedule in await schedules.ListAllAsync(cancellationToken))
        {
            if (!lease.IsLeader) return; // another instance leads now; it goes on from the saved progress
            var jobs = ReminderPlanner.JobsDue(schedule, now);
            // Nothing due: nothing to save (a write every tick per schedule). The next tick looks from the same point.
            if (jobs.Count == 0) continue;
            // An inactive coalition's occurrences are recorded as skipped, so a reactivated one does not catch up on them.
            var active = await coalitions.GetAsync(schedule.Coalition, cancellationToken) is not { IsActive: false };
            foreach (var job in jobs)
                await RunOnceAsync(job, active, now, cancellationToken);
            await schedules.ChangeAsync(schedule.Coalition, schedule.Number, s => s.CheckedFrom >= now ? s : s with { CheckedUntil = now }, cancellationToken);
        }
    }

    private async Task RunOnceAsync(ReminderJob job, bool coalitionActive, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await log.OccurrenceAsync(job, cancellationToken) is not null) return; // finished or skipped before
        var window = options.Value.CatchUpWindow;
        if (job.Due < now - window) await SkipAsync(job, OccurrenceRecord.MissedCatchUpWindow, now, cancellationToken);
        else if (!coalitionActive) await SkipAsync(job, OccurrenceRecord.CoalitionInactive, now, cancellationToken);
        else await fanOut.RunAsync(job, cancellationToken);
    }

    private async Task SkipAsync(ReminderJob job, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await log.RecordOccurrenceAsync(job, new OccurrenceRecord
        {
            Occurrence = job.Occurrence,
            Phase = job.Phase,
            Status = OccurrenceStatus.Skipped,
            Reason = reason,
            RecordedAt = now,
        }, cancellationToken);
        LogSkipped(job.Schedule.Coalition.TeamId, job.Schedule.Number, job.OccurrenceId, job.PhaseId, reason);
    }

    private async Task TickSafelyAsync(CancellationToken stoppingToken)
    {
        try
        {
            await TickAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // Storage or a channel failing: the next tick tries again from the saved progress.
            LogTickFailed(e);
        }
    }

    private async Task KeepLeaseAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                // The leader renews every third of the lease; the others ask every tick too, so one takes over soon after it lapses.
                var wait = lease.IsLeader ? lease.RenewInterval : Min(lease.RenewInterval, options.Value.TickInterval);
                await Task.Delay(wait, time, stoppingToken);
                await lease.TryHoldAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder {Number} of team {TeamId} at {Occurrence} ({Phase}) skipped: {Reason}")]
    private partial void LogSkipped(string teamId, int number, string occurrence, string phase, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A reminder round failed; the next tick tries again")]
    private partial void LogTickFailed(Exception exception);
}
