using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Coalitions;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Partners;

/// <summary>
/// The coalition's partners with their network roles and levels, which roles and levels nobody fills yet, and its
/// bestuurlijke trekker.
/// </summary>
public static class PartnersOverview
{
    public static AdaptiveCard Build(Coalition coalition, bool canEdit)
    {
        var text = coalition.Partners.Count == 0 ? Strings.PartnersNone : Strings.PartnersIntro;
        foreach (var gap in Gaps(NetworkCoverage.Of(coalition.Partners))) text += " " + gap;
        if (!canEdit) text += " " + Strings.PartnersOnlyLeadsEdit;
        return MessageCard.Build(Strings.PartnersTitle, text, Facts(coalition), CardLanguage.Current);
    }

    /// <summary>What is missing at the table, a sentence each: roles, levels, and partners whose level nobody gave yet.</summary>
    private static IEnumerable<string> Gaps(NetworkCoverage coverage)
    {
        if (coverage.MissingRoles.Count > 0) yield return Texts.Format(Strings.PartnersMissingRoles, string.Join(", ", coverage.MissingRoles.Select(NetworkRoleTexts.Name)));
        if (coverage.MissingLevels.Count > 0) yield return Texts.Format(Strings.PartnersMissingLevels, string.Join(", ", coverage.MissingLevels.Select(PartnerLevelTexts.Name)));
        if (coverage.PartnersWithoutLevel > 0)
            yield return Texts.Plural(coverage.PartnersWithoutLevel, Strings.PartnersWithoutLevelOne, Strings.PartnersWithoutLevel, coverage.PartnersWithoutLevel);
    }

    public static IReadOnlyList<Fact> Facts(Coalition coalition) =>
    [
        .. coalition.Partners
            .OrderBy(p => p.Role).ThenBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(p => new Fact(MemberText.Escape(p.Name), PartnerTexts.RolesAndLevels(p))),
        new Fact(Strings.AdministrativeLeadTitle, AdministrativeLeadTexts.Line(coalition)),
    ];
}
