using System.Text.Json.Serialization;
using CoalitionBot.Storage;

namespace CoalitionBot.ThreeBs;

/// <summary>
/// Every member's view of one partner (the 3 B's and the force field), one document per partner so a
/// summary reads a partner in one go. A member's earlier descriptions are kept as history.
/// </summary>
public sealed record PartnerDescriptions : IVersionedDocument, ILinedDocument<PartnerDescriptions>
{
    /// <summary>
    /// 2: descriptions may hold expectations, why the partner takes its stance, and whether it is the member's own organisation.
    /// 3: the latest descriptions may be lines beside it (<see cref="Lines"/>), which a bot of before would not see.
    /// </summary>
    public const int CurrentSchemaVersion = 3;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    [JsonIgnore]
    public int KnownSchemaVersion => CurrentSchemaVersion;
    public required string PartnerId { get; init; }
    public IReadOnlyDictionary<string, MemberDescriptions> ByMember { get; init; } = new Dictionary<string, MemberDescriptions>();

    /// <summary>The line blob holding the descriptions (<see cref="ThreeBsDescription"/>) given since it was last rewritten; null when none.</summary>
    public string? Lines { get; init; }

    public PartnerDescriptions WithLines(string? lines) =>
        lines is null ? this with { Lines = null } : this with { Lines = lines, SchemaVersion = CurrentSchemaVersion };

    public PartnerDescriptions With(ThreeBsDescription description)
    {
        var previous = ByMember.GetValueOrDefault(description.UserId);
        var member = new MemberDescriptions(description, previous is null ? [] : [.. previous.History, previous.Current]);
        return this with { SchemaVersion = CurrentSchemaVersion, ByMember = new Dictionary<string, MemberDescriptions>(ByMember) { [description.UserId] = member } };
    }

    public PartnerDescriptions WithoutMember(string userId) =>
        !ByMember.ContainsKey(userId) ? this : this with { ByMember = ByMember.Where(m => m.Key != userId).ToDictionary() };

    /// <summary>Every description (current or history) and the number of them.</summary>
    public int Count => ByMember.Values.Sum(m => 1 + m.History.Count);

    /// <summary>
    /// Without descriptions made before <paramref name="cutoff"/> (retention): old history entries go, and a member
    /// whose current description is old goes altogether (their history is older still). The same instance when nothing is old.
    /// </summary>
    public PartnerDescriptions WithoutDescriptionsBefore(DateTimeOffset cutoff)
    {
        if (ByMember.Values.All(m => m.History.All(d => d.DescribedAt >= cutoff) && m.Current.DescribedAt >= cutoff)) return this;
        return this with
        {
            ByMember = ByMember
                .Where(m => m.Value.Current.DescribedAt >= cutoff)
                .ToDictionary(m => m.Key, m => m.Value with { History = [.. m.Value.History.Where(d => d.DescribedAt >= cutoff)] }),
        };
    }
}

/// <summary>A member's current description of a partner and the ones it replaced, oldest first.</summary>
public sealed record MemberDescriptions(ThreeBsDescription Current, IReadOnlyList<ThreeBsDescription> History);

/// <summary>One member's 3 B's of one partner, with the force-field position they gave it.</summary>
public sealed record ThreeBsDescription
{
    public required string UserId { get; init; }
    public string? UserName { get; init; }
    /// <summary>Bedoeling: what the partner is trying to achieve.</summary>
    public required string Intention { get; init; }
    /// <summary>Belang: what the partner has at stake.</summary>
    public required string Interest { get; init; }
    /// <summary>Bijdrage: what the partner can bring.</summary>
    public required string Contribution { get; init; }
    /// <summary>Verwachtingen: what the partner expects of the collaboration; null in descriptions made before it was asked.</summary>
    public string? Expectations { get; init; }
    /// <summary>The member describes their own organisation: a self-view, to set beside how the others see it.</summary>
    public bool IsOwnOrganisation { get; init; }
    /// <summary>Why the partner takes this stance ("waarom stellen ze zich zo op?"); optional.</summary>
    public string? AttitudeReason { get; init; }
    /// <summary>Invloed, 1-5.</summary>
    public int Influence { get; init; }
    /// <summary>Betrokkenheid, 1-5.</summary>
    public int Involvement { get; init; }
    public Attitude Attitude { get; init; }
    public DateTimeOffset DescribedAt { get; init; }
}
