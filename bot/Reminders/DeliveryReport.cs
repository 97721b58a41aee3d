namespace CoalitionBot.Reminders;

/// <summary>
/// One occurrence's deliveries, counted: members reminded (sent), answered (of the members reminded), unconfirmed
/// (claimed, then interrupted: never sent again), and what failed, by reason; the channel post apart from the people.
/// Counts and reasons only.
/// </summary>
public sealed record DeliveryReport(int Reminded, int Answered, int Unconfirmed, IReadOnlyDictionary<string, int> FailedByReason)
{
    /// <summary>Posts in the team channel that went out (not counted among the members reminded).</summary>
    public int ChannelPosts { get; init; }

    /// <summary>The reason shown for members skipped because an earlier reminder found their chat unreachable.</summary>
    public const string InactiveReason = "inactive";

    public int Failed => FailedByReason.Values.Sum();

    public static DeliveryReport Of(IReadOnlyList<DeliveryRecord> records, IReadOnlySet<string> answered) => new(
        Reminded: records.Count(r => r.Kind == RecipientKind.Member && r.Status == DeliveryStatus.Sent),
        Answered: records.Count(r => r.Kind == RecipientKind.Member && r.Status == DeliveryStatus.Sent && answered.Contains(r.Recipient)),
        Unconfirmed: records.Count(r => r.Status == DeliveryStatus.Claimed),
        FailedByReason: records.Where(r => r.Status is DeliveryStatus.Failed or DeliveryStatus.Unreachable or DeliveryStatus.Inactive)
            .GroupBy(r => r.Status == DeliveryStatus.Inactive ? InactiveReason : r.Reason ?? r.Status.ToString())
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count()))
    {
        ChannelPosts = records.Count(r => r.Kind != RecipientKind.Member && r.Status == DeliveryStatus.Sent),
    };
}
