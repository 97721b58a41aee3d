namespace CoalitionBot.Reminders;

/// <summary>
/// One recipient of one occurrence (a member, or the team channel). Written with create-if-not-exists
/// before anything is sent (the claim), then overwritten with the outcome. A claim that never got an
/// outcome was interrupted (a crash) between claiming and recording: it may or may not have arrived.
/// </summary>
public sealed record DeliveryRecord
{
    public required string Recipient { get; init; }
    public required RecipientKind Kind { get; init; }
    /// <summary>
    /// Which process claimed it. A storage retry of a create that did land, or a run that takes up a job storage
    /// broke off, finds the record and by this id knows the claim is its own rather than another process's.
    /// </summary>
    public string? ClaimId { get; init; }
    public DeliveryStatus Status { get; init; } = DeliveryStatus.Claimed;
    /// <summary>Why it failed: the channel's status and error code, never message text or names.</summary>
    public string? Reason { get; init; }
    public DateTimeOffset ClaimedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
}

public enum RecipientKind
{
    Member,
    Channel,
}

public enum DeliveryStatus
{
    /// <summary>Claimed, outcome not recorded yet; found later, it is "unconfirmed" and never sent again.</summary>
    Claimed,
    Sent,
    /// <summary>The channel refused (after bounded retries), e.g. 5xx or a long 429.</summary>
    Failed,
    /// <summary>403/404: the bot was removed or blocked; the member's 1:1 chat is marked inactive.</summary>
    Unreachable,
    /// <summary>Not tried: marked unreachable by an earlier reminder and not heard from since.</summary>
    Inactive,
}
