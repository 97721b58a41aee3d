using CoalitionBot.Cards;
using CoalitionBot.Resources;

namespace CoalitionBot.Coalitions;

public static class CoalitionRoleTexts
{
    public static string Name(CoalitionRole role) => role switch
    {
        CoalitionRole.Member => Strings.CoalitionRoleMember,
        CoalitionRole.Lead => Strings.CoalitionRoleLead,
        CoalitionRole.Admin => Strings.CoalitionRoleAdmin,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static IReadOnlyList<Choice> Choices() => [.. Enum.GetValues<CoalitionRole>().Select(r => new Choice(Name(r), r.ToString()))];
}
