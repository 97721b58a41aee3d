using System.Globalization;

namespace CoalitionBot.Reminders;

/// <summary>How often a reminder comes, as admins choose it; turned into a cron expression for Cronos.</summary>
public sealed record ReminderRecurrence(RecurrenceKind Kind)
{
    /// <summary>Weekly: the days; first weekday of the month: the one day.</summary>
    public IReadOnlyList<DayOfWeek> Days { get; init; } = [];
    /// <summary>Monthly on a day: 1 to 28, so every month has it.</summary>
    public int? DayOfMonth { get; init; }
    /// <summary>For experts: five fields (minute hour day month weekday), in the schedule's time zone.</summary>
    public string? Cron { get; init; }

    /// <summary>The cron expression of this recurrence at <paramref name="time"/> ("HH:mm").</summary>
    public string CronExpression(string time)
    {
        if (Kind == RecurrenceKind.Cron) return Cron ?? throw new InvalidOperationException("A cron recurrence without an expression.");
        var at = TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture);
        var minuteHour = $"{at.Minute} {at.Hour}";
        return Kind switch
        {
            RecurrenceKind.Daily => $"{minuteHour} * * *",
            RecurrenceKind.Weekly => $"{minuteHour} * * {string.Join(',', Days.Select(d => (int)d))}",
            RecurrenceKind.MonthlyOnDay => $"{minuteHour} {DayOfMonth} * *",
            RecurrenceKind.MonthlyFirstWeekday => $"{minuteHour} * * {(int)Days[0]}#1",
            _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Unknown recurrence."),
        };
    }
}

public enum RecurrenceKind
{
    Daily,
    Weekly,
    MonthlyOnDay,
    MonthlyFirstWeekday,
    Cron,
}
