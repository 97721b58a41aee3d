namespace CoalitionBot.Coalitions;

/// <summary>
/// Who is at the table: which network roles and levels the coalition's partners cover and which nobody does ("check of je
/// alle relevante partijen hebt betrokken"). A partner counts for each of its roles and levels. While no partner has a
/// level yet (partners from before levels were asked), no level counts as missing: only that the levels are unknown.
/// </summary>
public sealed record NetworkCoverage(IReadOnlyList<NetworkRole> CoveredRoles, IReadOnlyList<PartnerLevel> CoveredLevels, int PartnersWithoutLevel)
{
    public IReadOnlyList<NetworkRole> MissingRoles => [.. Enum.GetValues<NetworkRole>().Except(CoveredRoles)];

    public IReadOnlyList<PartnerLevel> MissingLevels => CoveredLevels.Count == 0 ? [] : [.. Enum.GetValues<PartnerLevel>().Except(CoveredLevels)];

    public static NetworkCoverage Of(IReadOnlyList<Partner> partners)
    {
        var roles = partners.SelectMany(p => p.Roles).ToHashSet();
        var levels = partners.SelectMany(p => p.Levels).ToHashSet();
        return new NetworkCoverage(
            [.. Enum.GetValues<NetworkRole>().Where(roles.Contains)], [.. Enum.GetValues<PartnerLevel>().Where(levels.Contains)],
            partners.Count(p => p.Levels.Count == 0));
    }
}
