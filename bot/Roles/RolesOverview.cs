using CoalitionBot.Cards;

using CoalitionBot.Coalitions;

namespace CoalitionBot.Roles;

/// <summary>Who leads and who administers a coalition, as card facts (members without a role are not listed).</summary>
public static class RolesOverview
{
    public static IReadOnlyList<Fact> Facts(Coalition coalition) =>
    [
        .. coalition.Members
            .Where(m => m.Role != CoalitionRole.Member)
            .OrderByDescending(m => m.Role).ThenBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(m => new Fact(MemberText.Escape(m.Name ?? m.UserId), CoalitionRoleTexts.Name(m.Role))),
    ];
}
