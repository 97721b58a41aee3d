namespace CoalitionBot.Reminders;

/// <summary>
/// The end of one occurrence's fan-out (or why it was skipped): the scheduler does not look at a recorded
/// occurrence again. The counts are the report as it stood when the fan-out ended.
/// </summary>
public sealed record OccurrenceRecord
{
    public required DateTimeOffset Occurrence { get; init; }
    public required ReminderPhase Phase { get; init; }
    public required OccurrenceStatus Status { get; init; }
    /// <summary>The reason of an occurrence missed by more than the catch-up window (the report says it in the reader's language).</summary>
    public const string MissedCatchUpWindow = "missed-catch-up-window";

    /// <summary>The reason of an occurrence due while the coalition was inactive (the bot removed, the team archived or deleted).</summary>
    public const string CoalitionInactive = "coalition-inactive";

    /// <summary>Why it was skipped, e.g. <see cref="MissedCatchUpWindow"/>.</summary>
    public string? Reason { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
}

/// <summary>The reminder at the occurrence, or the follow-up hours later to members who did not answer.</summary>
public enum ReminderPhase
{
    Reminder,
    FollowUp,
}

public enum OccurrenceStatus
{
    Completed,
    Skipped,
}
