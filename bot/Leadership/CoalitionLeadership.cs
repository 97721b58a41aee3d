using CoalitionBot.Coalitions;

namespace CoalitionBot.Leadership;

/// <summary>
/// All leadership results of one coalition in one document: each member's latest result and their
/// earlier ones. A summary reads this one document, however many answers were ever given; writers
/// change it with ETag concurrency (<see cref="LeadershipResults"/>).
/// </summary>
public sealed record CoalitionLeadership
{
    public const int CurrentSchemaVersion = 1;

    /// <summary>Earlier results kept per member. Far more than anyone fills in (a few times a year); it only bounds the document.</summary>
    public const int MaxEarlierResults = 50;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required CoalitionId Coalition { get; init; }

    public IReadOnlyList<MemberLeadership> Members { get; init; } = [];

    public DateTimeOffset UpdatedAt { get; init; }

    public MemberLeadership? Member(string userId) => Members.FirstOrDefault(m => m.UserId == userId);

    /// <summary>The member's new latest result; their previous latest joins the earlier ones.</summary>
    public CoalitionLeadership WithResult(string userId, LeadershipResult result)
    {
        var existing = Member(userId);
        var member = existing is null
            ? new MemberLeadership(userId, result)
            : existing with { Latest = result, Earlier = [.. existing.Earlier.Append(existing.Latest).TakeLast(MaxEarlierResults)] };
        return this with
        {
            Members = [.. Members.Where(m => m.UserId != userId), member],
            UpdatedAt = result.AnsweredAt > UpdatedAt ? result.AnsweredAt : UpdatedAt,
        };
    }

    /// <summary>Every stored result, latest and earlier.</summary>
    public int ResultCount => Members.Sum(m => 1 + m.Earlier.Count);

    /// <summary>
    /// Without results given before <paramref name="cutoff"/> (retention): a member whose latest result is old goes
    /// altogether (the earlier ones are older still). The same instance when nothing is old.
    /// </summary>
    public CoalitionLeadership WithoutResultsBefore(DateTimeOffset cutoff)
    {
        if (Members.All(m => m.Latest.AnsweredAt >= cutoff && m.Earlier.All(r => r.AnsweredAt >= cutoff))) return this;
        return this with
        {
            Members = [.. Members.Where(m => m.Latest.AnsweredAt >= cutoff).Select(m => m with { Earlier = [.. m.Earlier.Where(r => r.AnsweredAt >= cutoff)] })],
        };
    }
}

/// <summary>One member's results: the latest counts in summaries, the earlier ones (oldest first) show how it changed.</summary>
public sealed record MemberLeadership(string UserId, LeadershipResult Latest)
{
    public IReadOnlyList<LeadershipResult> Earlier { get; init; } = [];
}
