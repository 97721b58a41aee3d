namespace CoalitionBot.Reminders;

/// <summary>
/// What a schedule owes between where the scheduler left it and now: each occurrence's reminder, and its
/// follow-up when one is set (a free message has none: it asks no answer). Oldest first.
/// </summary>
public static class ReminderPlanner
{
    public static IReadOnlyList<ReminderJob> JobsDue(ReminderSchedule schedule, DateTimeOffset now)
    {
        if (schedule.Paused) return [];
        var from = schedule.CheckedFrom;
        var jobs = ReminderOccurrences.Between(schedule, from, now).Select(o => new ReminderJob(schedule, o, ReminderPhase.Reminder)).ToList();
        if (schedule.FollowUpHours is { } hours and > 0 && schedule.Topic.AsksAnAnswer())
        {
            var delay = TimeSpan.FromHours(hours);
            // A follow-up is due when its occurrence is delay old; only occurrences since the schedule was active count.
            jobs.AddRange(ReminderOccurrences.Between(schedule, from - delay, now - delay)
                .Where(o => o > schedule.ActiveSince)
                .Select(o => new ReminderJob(schedule, o, ReminderPhase.FollowUp)));
        }
        return [.. jobs.OrderBy(j => j.Due)];
    }
}
