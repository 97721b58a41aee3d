using System.Globalization;

namespace CoalitionBot.Reminders;

/// <summary>One thing the scheduler owes: a schedule's reminder at an occurrence, or its follow-up.</summary>
public sealed record ReminderJob(ReminderSchedule Schedule, DateTimeOffset Occurrence, ReminderPhase Phase)
{
    /// <summary>When it is due: the occurrence, or the follow-up hours after it.</summary>
    public DateTimeOffset Due => Phase == ReminderPhase.FollowUp ? Occurrence.AddHours(Schedule.FollowUpHours ?? 0) : Occurrence;

    /// <summary>The format of <see cref="OccurrenceId"/>.</summary>
    public const string OccurrenceIdFormat = "yyyyMMdd'T'HHmm'Z'";

    /// <summary>The occurrence as a key segment, in UTC to the minute ("20261102T0800Z"); sorts in time order.</summary>
    public string OccurrenceId => Occurrence.UtcDateTime.ToString(OccurrenceIdFormat, CultureInfo.InvariantCulture);

    public string PhaseId => Phase == ReminderPhase.FollowUp ? "followup" : "reminder";
}
