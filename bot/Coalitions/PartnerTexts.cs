namespace CoalitionBot.Coalitions;

/// <summary>A partner's roles and levels as one line, "Beslisser, Financier of leverancier · Bestuurlijk, Uitvoerend".</summary>
public static class PartnerTexts
{
    public static string RolesAndLevels(Partner partner)
    {
        var roles = string.Join(", ", partner.Roles.Select(NetworkRoleTexts.Name));
        return partner.Levels.Count == 0 ? roles : $"{roles} · {string.Join(", ", partner.Levels.Select(PartnerLevelTexts.Name))}";
    }
}
