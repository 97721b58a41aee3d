namespace CoalitionBot.Coalitions;

/// <summary>A partner's role in the network; a coalition needs all four (who is missing?).</summary>
public enum NetworkRole
{
    /// <summary>Beslisser.</summary>
    DecisionMaker,
    /// <summary>Uitvoerder.</summary>
    Implementer,
    /// <summary>Financier of leverancier.</summary>
    Funder,
    /// <summary>Gebruiker (residents, clients).</summary>
    User,
}
