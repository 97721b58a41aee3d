using System.Text.Json.Serialization;
using CoalitionBot.Coalitions;
using CoalitionBot.Privacy;
using CoalitionBot.Storage;

namespace CoalitionBot.Forces;

/// <summary>
/// The forces for and against the coalition's goal (krachtenveld), in one document per coalition: each member's latest
/// forces. Leads see the <see cref="Published"/> ones, merged and without names, which change only in steps of at least
/// the coalition's minimum number of members (<see cref="PublicationLedger"/>), so two summaries never give away what
/// one member named. Changed with ETag concurrency through <see cref="ForceStore"/>.
/// </summary>
public sealed record CoalitionForces : IVersionedDocument
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    [JsonIgnore]
    public int KnownSchemaVersion => CurrentSchemaVersion;

    public IReadOnlyList<MemberForces> Members { get; init; } = [];

    /// <summary>
    /// The members' forces as last published; null until enough members had named forces. Kept per member only so an
    /// erasure or the retention purge can take a member's texts out; leads only ever see them merged.
    /// </summary>
    public IReadOnlyList<MemberForces>? Published { get; init; }

    public PublicationLedger Ledger { get; init; } = new();

    public MemberForces? Member(string userId) => Members.FirstOrDefault(m => m.UserId == userId);

    /// <summary>The forces leads may see now, or null: nothing published yet, or too few of the members counted in it left.</summary>
    public ForceFigures? FiguresFor(int minimumRespondents) =>
        Published is { } published && Ledger.Shows(minimumRespondents) ? ForceFigures.Of(published) : null;

    /// <summary>
    /// The member's forces replace their earlier ones. The published forces follow once at least the minimum number of
    /// members named or changed theirs since.
    /// </summary>
    public CoalitionForces WithForces(MemberForces forces, int minimumRespondents)
    {
        var changed = this with
        {
            SchemaVersion = CurrentSchemaVersion,
            Members = [.. Members.Where(m => m.UserId != forces.UserId), forces],
            Ledger = Ledger.WithChange(forces.UserId),
        };
        return changed.Ledger.IsDue(changed.Members.Count, minimumRespondents) ? changed.WithEveryMemberPublished() : changed;
    }

    /// <summary>Without the member's forces, latest and published; the same instance when they named none.</summary>
    public CoalitionForces WithoutMember(string userId)
    {
        if (Member(userId) is null && Published?.Any(m => m.UserId == userId) != true) return this;
        return this with
        {
            Members = [.. Members.Where(m => m.UserId != userId)],
            Published = Published is null ? null : [.. Published.Where(m => m.UserId != userId)],
            Ledger = Ledger.WithErasure(userId),
        };
    }

    /// <summary>
    /// Without forces named before <paramref name="cutoff"/> (retention), latest and published. The same instance when
    /// nothing is old.
    /// </summary>
    public CoalitionForces WithoutForcesBefore(DateTimeOffset cutoff)
    {
        if (Members.All(m => m.NamedAt >= cutoff) && Published?.All(m => m.NamedAt >= cutoff) != false) return this;
        var kept = Members.Where(m => m.NamedAt < cutoff).Aggregate(this, (forces, old) => forces.WithoutMember(old.UserId));
        // A member who named new forces since may still have old ones published: those go too, and the published
        // forces count one member fewer, so they are not shown with fewer than the minimum behind them.
        var oldPublished = kept.Published?.Where(m => m.NamedAt < cutoff).Select(m => m.UserId).ToHashSet() ?? [];
        if (oldPublished.Count == 0) return kept;
        return kept with
        {
            Published = [.. kept.Published!.Where(m => !oldPublished.Contains(m.UserId))],
            Ledger = kept.Ledger with
            {
                Counted = [.. kept.Ledger.Counted.Where(id => !oldPublished.Contains(id))],
                ErasedSince = kept.Ledger.ErasedSince + kept.Ledger.Counted.Count(oldPublished.Contains),
            },
        };
    }

    private CoalitionForces WithEveryMemberPublished() => this with
    {
        Published = Members,
        Ledger = PublicationLedger.Counting(Members.Select(m => m.UserId)),
    };
}
