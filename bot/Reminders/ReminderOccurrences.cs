using Cronos;

namespace CoalitionBot.Reminders;

/// <summary>
/// When a schedule fires, computed by Cronos in the schedule's own time zone, so a daily 09:00 stays 09:00
/// local through daylight saving time. On the night clocks go forward, a time that does not exist (02:30)
/// fires when the gap ends (03:00 summer time); on the night they go back, a time that happens twice fires
/// once, the first time (summer time). Nothing is skipped and nothing doubles.
/// </summary>
public static class ReminderOccurrences
{
    /// <summary>Occurrences after <paramref name="fromUtc"/> up to and including <paramref name="toUtc"/>, in UTC.</summary>
    public static IEnumerable<DateTimeOffset> Between(ReminderSchedule schedule, DateTimeOffset fromUtc, DateTimeOffset toUtc) =>
        toUtc <= fromUtc ? [] : Expression(schedule).GetOccurrences(fromUtc, toUtc, TimeZoneOf(schedule), fromInclusive: false, toInclusive: true).Select(o => o.ToUniversalTime());

    /// <summary>The next <paramref name="count"/> occurrences after <paramref name="afterUtc"/>, in UTC.</summary>
    public static IReadOnlyList<DateTimeOffset> Next(ReminderSchedule schedule, DateTimeOffset afterUtc, int count)
    {
        var expression = Expression(schedule);
        var zone = TimeZoneOf(schedule);
        var next = new List<DateTimeOffset>(count);
        for (var at = afterUtc; next.Count < count && expression.GetNextOccurrence(at, zone) is { } occurrence; at = occurrence)
            next.Add(occurrence.ToUniversalTime());
        return next;
    }

    /// <summary>The occurrence in the schedule's local time, for people.</summary>
    public static DateTimeOffset Local(ReminderSchedule schedule, DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, TimeZoneOf(schedule));

    private static CronExpression Expression(ReminderSchedule schedule) =>
        CronExpression.Parse(schedule.Recurrence.CronExpression(schedule.Time), CronFormat.Standard);

    private static TimeZoneInfo TimeZoneOf(ReminderSchedule schedule) => TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone);
}
