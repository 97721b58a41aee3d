using CoalitionBot.Coalitions;
using CoalitionBot.ThreeBs;

namespace CoalitionBot.Summaries;

/// <summary>
/// The coalition's 3 B's side by side: per partner every member's current description (with their name:
/// the 3 B's are signed views, not anonymous figures) and its place in the force field; for the coalition,
/// which network roles and levels its partners cover and which are missing, its bestuurlijke trekker, and which partners
/// nobody described yet.
/// </summary>
public sealed record ThreeBsSummary(int PartnerCount)
{
    /// <summary>The one partner this summary is about; null for the whole coalition.</summary>
    public Partner? Only { get; init; }
    public IReadOnlyList<PartnerSummary> Partners { get; init; } = [];
    public NetworkCoverage Coverage { get; init; } = NetworkCoverage.Of([]);
    /// <summary>The bestuurlijke trekker as one line for a card (escaped), or what to do while there is none.</summary>
    public string AdministrativeLead { get; init; } = "";
    public IReadOnlyList<Partner> Undescribed { get; init; } = [];

    /// <param name="coalition">Its partners, roles, levels and bestuurlijke trekker, and member names for descriptions stored without one.</param>
    /// <param name="descriptions">The stored descriptions by partner id; partners the coalition no longer has are left out.</param>
    /// <param name="only">Summarise just this partner (the coalition-level lists then mean little: the card leaves them out).</param>
    public static ThreeBsSummary Of(Coalition coalition, IReadOnlyDictionary<string, PartnerDescriptions> descriptions, Partner? only = null)
    {
        var described = coalition.Partners
            .Where(p => descriptions.TryGetValue(p.Id, out var d) && d.ByMember.Count > 0)
            .ToList();
        return new ThreeBsSummary(coalition.Partners.Count)
        {
            Only = only,
            Partners =
            [
                .. described
                    .Where(p => only is null || p.Id == only.Id)
                    .OrderBy(p => p.Role).ThenBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
                    .Select(p => PartnerSummary.Of(p, descriptions[p.Id], coalition)),
            ],
            Coverage = NetworkCoverage.Of(coalition.Partners),
            AdministrativeLead = CoalitionBot.Partners.AdministrativeLeadTexts.Line(coalition),
            Undescribed = [.. coalition.Partners.Except(described).OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)],
        };
    }
}

/// <summary>One partner: the members' views, oldest first, and the force field over them (means 1-5, attitude counted).</summary>
public sealed record PartnerSummary(Partner Partner, IReadOnlyList<PartnerView> Views, ScoreSpread? Influence, ScoreSpread? Involvement, IReadOnlyDictionary<Attitude, int> Attitudes)
{
    /// <summary>The partner's own view beside the others'; null unless both were given.</summary>
    public SelfViewComparison? SelfView { get; init; }

    public static PartnerSummary Of(Partner partner, PartnerDescriptions descriptions, Coalition coalition)
    {
        var current = descriptions.ByMember.Values.Select(m => m.Current).OrderBy(d => d.DescribedAt).ToList();
        return new PartnerSummary(
            partner,
            [.. current.Select(d => new PartnerView(d.UserName ?? coalition.Member(d.UserId)?.Name, d))],
            // A scale of 1-5: anything else was never answered (older descriptions) and would pull the mean down.
            ScoreSpread.Of(current.Select(d => d.Influence).Where(OnScale)),
            ScoreSpread.Of(current.Select(d => d.Involvement).Where(OnScale)),
            Enum.GetValues<Attitude>().ToDictionary(a => a, a => current.Count(d => d.Attitude == a)))
        {
            SelfView = SelfViewComparison.Of(current),
        };
    }

    private static bool OnScale(int rating) => rating is >= 1 and <= 5;
}

/// <summary>One member's current description of the partner, with the name it is signed with (null when unknown).</summary>
public sealed record PartnerView(string? AuthorName, ThreeBsDescription Description);
