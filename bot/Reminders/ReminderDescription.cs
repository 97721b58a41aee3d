using System.Globalization;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Reminders;

/// <summary>A schedule in words, in the reader's language: what, how often, where, and when next (local time).</summary>
public static class ReminderDescription
{
    public static string Of(ReminderSchedule schedule)
    {
        var parts = new List<string> { Topic(schedule.Topic), Recurrence(schedule) };
        if (schedule.ToMembers) parts.Add(Strings.ReminderWhereMembers);
        if (schedule.TeamChannelId is not null) parts.Add(Strings.ReminderWhereChannel);
        if (schedule.FollowUpHours is { } hours) parts.Add(Texts.Plural(hours, Strings.ReminderDescriptionFollowUpOne, Strings.ReminderDescriptionFollowUp));
        if (schedule.Paused) parts.Add(Strings.ReminderDescriptionPaused);
        return string.Join(", ", parts);
    }

    public static string Topic(ReminderTopic topic) => topic switch
    {
        ReminderTopic.ThreeBs => Strings.ReminderTopicThreeBs,
        ReminderTopic.Leadership => Strings.ReminderTopicLeadership,
        ReminderTopic.Message => Strings.ReminderTopicMessage,
        ReminderTopic.LateActions => Strings.ReminderTopicLateActions,
        _ => Strings.ReminderTopicCheckIn,
    };

    public static string Recurrence(ReminderSchedule schedule)
    {
        var recurrence = schedule.Recurrence;
        var at = $"{schedule.Time} ({schedule.TimeZone})";
        return recurrence.Kind switch
        {
            RecurrenceKind.Weekly => Texts.Format(Strings.ReminderDescriptionWeekly, string.Join(", ", recurrence.Days.Select(DayName)), at),
            RecurrenceKind.MonthlyOnDay => Texts.Format(Strings.ReminderDescriptionMonthly, recurrence.DayOfMonth!, at),
            RecurrenceKind.MonthlyFirstWeekday => Texts.Format(Strings.ReminderDescriptionFirstWeekday, DayName(recurrence.Days[0]), at),
            RecurrenceKind.Cron => Texts.Format(Strings.ReminderDescriptionCron, Cards.MemberText.Escape(recurrence.Cron!), schedule.TimeZone),
            _ => Texts.Format(Strings.ReminderDescriptionDaily, at),
        };
    }

    /// <summary>An occurrence in the schedule's local time, e.g. "ma 2 nov. 2026 09:00".</summary>
    public static string When(ReminderSchedule schedule, DateTimeOffset utc) =>
        ReminderOccurrences.Local(schedule, utc).ToString("ddd d MMM yyyy HH:mm", CultureInfo.CurrentCulture);

    public static string Saved(ReminderSchedule schedule, IReadOnlyList<DateTimeOffset> next) =>
        Texts.Format(Strings.ReminderSaved, schedule.Number, Of(schedule), string.Join("; ", next.Select(o => When(schedule, o))));

    private static string DayName(DayOfWeek day) => CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(day);

}
