namespace CoalitionBot.Coalitions;

/// <summary>A partner's roles and levels as one line, "Beslisser, Financier of leverancier · Bestuurlijk, Uitvoerend".</summary>
public static class PartnerTexts
{
    public static string Roles(Partner partner) => string.Join(", ", partner.Roles.Select(NetworkRoleTexts.Name));

    public static string RolesAndLevels(Partner partner) => partner.Levels.Count == 0
        ? Roles(partner)
        : $"{Roles(partner)} · {string.Join(", ", partner.Levels.Select(PartnerLevelTexts.Name))}";
}
