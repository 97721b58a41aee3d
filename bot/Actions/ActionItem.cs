namespace CoalitionBot.Actions;

/// <summary>
/// One agreed action ("Maak afspraken over de verantwoordelijkheden"): what is to be done, who does it and by when.
/// Its <see cref="Number"/> is its id within the coalition, the number people type ("acties klaar 3"); it is never reused.
/// </summary>
public sealed record ActionItem
{
    public required int Number { get; init; }
    public required string Text { get; init; }

    /// <summary>The member who does it, as the coalition knew them when it was agreed; null once they erased their data ("geen eigenaar").</summary>
    public ActionOwner? Owner { get; init; }

    /// <summary>The day it should be done, in Dutch time.</summary>
    public required DateOnly Due { get; init; }

    /// <summary>The lead or admin who recorded it; null once they erased their data.</summary>
    public string? CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public ActionStatus Status { get; init; } = ActionStatus.Open;

    /// <summary>When it was marked done; null while it is open.</summary>
    public DateTimeOffset? DoneAt { get; init; }

    /// <summary>The check-in round whose next steps it came from; null for a lead's own text.</summary>
    public string? RoundId { get; init; }

    /// <summary>The owner's latest answer to "is it done?" in a check-in; null until they were asked.</summary>
    public ActionAnswer? LatestAnswer { get; init; }

    public bool IsDone => Status == ActionStatus.Done;

    /// <summary>Past its day and not done.</summary>
    public bool IsLateOn(DateOnly today) => !IsDone && Due < today;

    public bool IsOwnedBy(string userId) => Owner?.UserId == userId;

    public ActionItem MarkedDone(DateTimeOffset at) => IsDone ? this : this with { Status = ActionStatus.Done, DoneAt = at };
}

/// <summary>A member as the coalition knew them: their id, and their name when the action was agreed.</summary>
public sealed record ActionOwner(string UserId, string? Name);

public enum ActionStatus { Open, Done }

/// <summary>The owner's answer to "Is 'X' gelukt?" in a check-in, and when they gave it.</summary>
public sealed record ActionAnswer(ActionProgress Progress, DateTimeOffset At);

/// <summary>How far an action is, as its owner says: done marks it done; the others keep it open.</summary>
public enum ActionProgress { Done, NotYet, Stuck }
