namespace CoalitionBot.CheckIns;

/// <summary>The five aspects of effective collaboration a check-in rates, 1 to 10.</summary>
public enum CheckInAspect
{
    /// <summary>Ambitie: a shared ambition.</summary>
    Ambition,
    /// <summary>Belangen: interests are explicit and respected.</summary>
    Interests,
    /// <summary>Relatie: the working relationship, trust.</summary>
    Relationship,
    /// <summary>Proces: how the work is organised over time.</summary>
    Process,
    /// <summary>Organisatie: roles, tasks, agreements, money.</summary>
    Organisation,
}
