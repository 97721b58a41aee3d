using CoalitionBot.Cards;
using CoalitionBot.Resources;

namespace CoalitionBot.Coalitions;

public static class NetworkRoleTexts
{
    public static string Name(NetworkRole role) => role switch
    {
        NetworkRole.DecisionMaker => Strings.RoleDecider,
        NetworkRole.Implementer => Strings.RoleExecutor,
        NetworkRole.Funder => Strings.RoleFunder,
        NetworkRole.User => Strings.RoleUser,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static IReadOnlyList<Choice> Choices() => [.. Enum.GetValues<NetworkRole>().Select(r => new Choice(Name(r), r.ToString()))];
}
