using System.Text.Json.Serialization;
using CoalitionBot.Coalitions;
using CoalitionBot.Privacy;
using CoalitionBot.Storage;

namespace CoalitionBot.Leadership;

/// <summary>
/// All leadership results of one coalition in one document: each member's latest result and their
/// earlier ones. A summary reads this one document, however many answers were ever given; writers
/// change it with ETag concurrency (<see cref="LeadershipStore"/>). Leads see the <see cref="Published"/> figures,
/// which change only in steps of at least the coalition's minimum number of answers (<see cref="PublicationLedger"/>).
/// </summary>
public sealed record CoalitionLeadership : IVersionedDocument
{
    /// <summary>
    /// 2: the published figures and their ledger are stored with the results. 3: the figures count the need per style, and
    /// results count the situations answered with their fitting style.
    /// </summary>
    public const int CurrentSchemaVersion = 3;

    /// <summary>The first version that stores the published figures.</summary>
    private const int PublishedFromVersion = 2;

    /// <summary>Earlier results kept per member. Far more than anyone fills in (a few times a year); it only bounds the document.</summary>
    public const int MaxEarlierResults = 50;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    [JsonIgnore]
    public int KnownSchemaVersion => CurrentSchemaVersion;

    public required CoalitionId Coalition { get; init; }

    public IReadOnlyList<MemberLeadership> Members { get; init; } = [];

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The figures as last published (members' latest results); null until enough members had answered.</summary>
    public LeadershipFigures? Published { get; init; }

    public PublicationLedger Ledger { get; init; } = new();

    public MemberLeadership? Member(string userId) => Members.FirstOrDefault(m => m.UserId == userId);

    /// <summary>The figures leads may see now, or null: nothing published yet, or too few of the members counted in it left.</summary>
    public LeadershipFigures? FiguresFor(int minimumRespondents)
    {
        var leadership = Tracked();
        return leadership.Published is { } figures && leadership.Ledger.Shows(minimumRespondents) ? figures : null;
    }

    /// <summary>
    /// The member's new latest result; their previous latest joins the earlier ones. The figures follow once at least
    /// the minimum number of members answered or changed their answer.
    /// </summary>
    public CoalitionLeadership WithResult(string userId, LeadershipResult result, int minimumRespondents)
    {
        var existing = Member(userId);
        var member = existing is null
            ? new MemberLeadership(userId, result)
            : existing with { Latest = result, Earlier = [.. existing.Earlier.Append(existing.Latest).TakeLast(MaxEarlierResults)] };
        var leadership = Tracked();
        leadership = leadership with
        {
            SchemaVersion = CurrentSchemaVersion,
            Members = [.. Members.Where(m => m.UserId != userId), member],
            UpdatedAt = result.AnsweredAt > UpdatedAt ? result.AnsweredAt : UpdatedAt,
            Ledger = leadership.Ledger.WithChange(userId),
        };
        return leadership.Ledger.IsDue(leadership.Members.Count, minimumRespondents) ? leadership.WithEveryResultPublished() : leadership;
    }

    /// <summary>Without the member's results; the published figures stay as they are until they are published again.</summary>
    public CoalitionLeadership WithoutMember(string userId)
    {
        if (Member(userId) is null) return this;
        var leadership = Tracked();
        return leadership with { Members = [.. Members.Where(m => m.UserId != userId)], Ledger = leadership.Ledger.WithErasure(userId) };
    }

    /// <summary>Publishes the figures of every member's latest result.</summary>
    internal CoalitionLeadership WithEveryResultPublished() => this with
    {
        SchemaVersion = CurrentSchemaVersion,
        Published = LeadershipFigures.Of([.. Members.Select(m => m.Latest)]),
        Ledger = PublicationLedger.Counting(Members.Select(m => m.UserId)),
    };

    // Results stored before figures were published with them count as published as they stand, which is what summaries showed.
    private CoalitionLeadership Tracked() => SchemaVersion >= PublishedFromVersion ? this : WithEveryResultPublished();

    /// <summary>Every stored result, latest and earlier.</summary>
    public int ResultCount => Members.Sum(m => 1 + m.Earlier.Count);

    /// <summary>
    /// Without results given before <paramref name="cutoff"/> (retention): a member whose latest result is old goes
    /// altogether (the earlier ones are older still). The same instance when nothing is old.
    /// </summary>
    public CoalitionLeadership WithoutResultsBefore(DateTimeOffset cutoff)
    {
        if (Members.All(m => m.Latest.AnsweredAt >= cutoff && m.Earlier.All(r => r.AnsweredAt >= cutoff))) return this;
        var kept = Members.Where(m => m.Latest.AnsweredAt < cutoff).Aggregate(this, (leadership, old) => leadership.WithoutMember(old.UserId));
        return kept with { Members = [.. kept.Members.Select(m => m with { Earlier = [.. m.Earlier.Where(r => r.AnsweredAt >= cutoff)] })] };
    }
}

/// <summary>One member's results: the latest counts in summaries, the earlier ones (oldest first) show how it changed.</summary>
public sealed record MemberLeadership(string UserId, LeadershipResult Latest)
{
    public IReadOnlyList<LeadershipResult> Earlier { get; init; } = [];
}
