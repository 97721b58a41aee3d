using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Coalitions;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Partners;

/// <summary>The coalition's partners with their network roles, and which of the four roles nobody fills yet.</summary>
public static class PartnersOverview
{
    public static AdaptiveCard Build(Coalition coalition, bool canEdit)
    {
        var missing = Enum.GetValues<NetworkRole>().Where(r => coalition.Partners.All(p => p.Role != r)).Select(NetworkRoleTexts.Name).ToList();
        var text = coalition.Partners.Count == 0 ? Strings.PartnersNone : Strings.PartnersIntro;
        if (missing.Count > 0) text += " " + Texts.Format(Strings.PartnersMissingRoles, string.Join(", ", missing));
        if (!canEdit) text += " " + Strings.PartnersOnlyLeadsEdit;
        return MessageCard.Build(Strings.PartnersTitle, text, Facts(coalition), CardLanguage.Current);
    }

    public static IReadOnlyList<Fact> Facts(Coalition coalition) =>
    [
        .. coalition.Partners
            .OrderBy(p => p.Role).ThenBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(p => new Fact(MemberText.Escape(p.Name), NetworkRoleTexts.Name(p.Role))),
    ];
}
