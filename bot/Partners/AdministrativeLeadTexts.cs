using CoalitionBot.Cards;
using CoalitionBot.Coalitions;
using CoalitionBot.Resources;

namespace CoalitionBot.Partners;

/// <summary>The bestuurlijke trekker as one line: "wethouder Jansen (Gemeente Leiden)", or what to do while there is none.</summary>
public static class AdministrativeLeadTexts
{
    /// <summary>As typed, for the export.</summary>
    public static string Plain(AdministrativeLead lead, Coalition coalition) =>
        lead.PartnerId is { } id && coalition.Partner(id) is { } partner ? $"{lead.Name} ({partner.Name})" : lead.Name;

    /// <summary>For a card or message: what leads typed is escaped; none yet says why one helps.</summary>
    public static string Line(Coalition coalition) => coalition.AdministrativeLead is { } lead
        ? MemberText.Escape(Plain(lead, coalition))
        : Strings.AdministrativeLeadNone;
}
