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

    // The "gemeenschappelijke deler" the articles found at every table: asked only where the coalition turned it on.

    /// <summary>Gelijkwaardigheid: every partner's voice counts.</summary>
    Equality,
    /// <summary>Gedeeld eigenaarschap: the goal is everyone's, not the initiator's.</summary>
    SharedOwnership,
    /// <summary>Wederkerigheid: giving and taking are in balance.</summary>
    Reciprocity,
}

public static class CheckInAspects
{
    /// <summary>The five aspects every check-in asks.</summary>
    public static readonly IReadOnlyList<CheckInAspect> Core =
        [CheckInAspect.Ambition, CheckInAspect.Interests, CheckInAspect.Relationship, CheckInAspect.Process, CheckInAspect.Organisation];

    /// <summary>Gelijkwaardigheid, gedeeld eigenaarschap and wederkerigheid, which a coalition can add in its settings.</summary>
    public static readonly IReadOnlyList<CheckInAspect> CommonGround = [CheckInAspect.Equality, CheckInAspect.SharedOwnership, CheckInAspect.Reciprocity];

    public static IReadOnlyList<CheckInAspect> Asked(bool commonGround) => commonGround ? [.. Core, .. CommonGround] : Core;
}
