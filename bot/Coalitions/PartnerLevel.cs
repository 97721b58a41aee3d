namespace CoalitionBot.Coalitions;

/// <summary>
/// The level a partner takes part at ("strategisch (bestuurlijk), tactisch (management) en uitvoerend (de professionals)"):
/// a coalition needs all three, and a partner may sit at several. Stored by name; never rename.
/// </summary>
public enum PartnerLevel
{
    /// <summary>Bestuurlijk: aldermen, directors, boards; they decide and give the coalition political support.</summary>
    Strategic,
    /// <summary>Tactisch: managers, who free people and budget.</summary>
    Tactical,
    /// <summary>Uitvoerend: the professionals who do the work.</summary>
    Operational,
}
