using CoalitionBot.ThreeBs;

namespace CoalitionBot.Summaries;

/// <summary>Where a partner's own view of itself and the others' view of it differ.</summary>
public enum SelfViewDifference
{
    Influence,
    Involvement,
    Attitude,
}

/// <summary>
/// A partner's self-view (members who described their own organisation) beside how the other members see it, so the
/// coalition can test its assumptions about other organisations ("inzicht in aannames over andere organisaties").
/// Only when both exist: a self-view alone, or others alone, has nothing to compare.
/// </summary>
public sealed record SelfViewComparison(
    double SelfInfluence, double OthersInfluence, double SelfInvolvement, double OthersInvolvement,
    IReadOnlyList<Attitude> SelfAttitudes, IReadOnlyList<Attitude> OthersMostCommon)
{
    /// <summary>
    /// A difference of this much on the 1-5 scale is flagged: one point apart is the ordinary spread between two people's
    /// ratings; from one and a half, the pictures differ.
    /// </summary>
    public const double NotableDifference = 1.5;

    public IReadOnlyList<SelfViewDifference> Differences =>
    [
        .. Math.Abs(SelfInfluence - OthersInfluence) >= NotableDifference ? [SelfViewDifference.Influence] : Array.Empty<SelfViewDifference>(),
        .. Math.Abs(SelfInvolvement - OthersInvolvement) >= NotableDifference ? [SelfViewDifference.Involvement] : Array.Empty<SelfViewDifference>(),
        // The stance differs when no attitude the organisation gives itself is one the others give most often.
        .. SelfAttitudes.Intersect(OthersMostCommon).Any() ? Array.Empty<SelfViewDifference>() : [SelfViewDifference.Attitude],
    ];

    /// <returns>Null unless the partner has both a self-view and a view of another member (ratings off the scale left out).</returns>
    public static SelfViewComparison? Of(IReadOnlyCollection<ThreeBsDescription> current)
    {
        var self = current.Where(d => d.IsOwnOrganisation && OnScale(d)).ToList();
        var others = current.Where(d => !d.IsOwnOrganisation && OnScale(d)).ToList();
        if (self.Count == 0 || others.Count == 0) return null;
        var counts = others.GroupBy(d => d.Attitude).ToDictionary(g => g.Key, g => g.Count());
        return new SelfViewComparison(
            self.Average(d => d.Influence), others.Average(d => d.Influence),
            self.Average(d => d.Involvement), others.Average(d => d.Involvement),
            [.. self.Select(d => d.Attitude).Distinct().Order()],
            [.. counts.Where(c => c.Value == counts.Values.Max()).Select(c => c.Key).Order()]);
    }

    private static bool OnScale(ThreeBsDescription d) => d.Influence is >= 1 and <= 5 && d.Involvement is >= 1 and <= 5;
}
