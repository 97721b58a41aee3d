namespace CoalitionBot.Leadership;

/// <summary>
/// The four styles of situational leadership, from most to least directive. The order matters:
/// comparing two styles says whether a lead gives more or less direction than the other style would.
/// Stored by name; never rename.
/// </summary>
public enum LeadershipStyle
{
    /// <summary>Sturen: say what to do, how and when, and check that it happens.</summary>
    Directing,
    /// <summary>Begeleiden: propose and explain, ask for ideas, encourage.</summary>
    Coaching,
    /// <summary>Ondersteunen: decide together, listen, remove obstacles, give recognition.</summary>
    Supporting,
    /// <summary>Delegeren: hand over the task and the decisions, stay available.</summary>
    Delegating,
}
