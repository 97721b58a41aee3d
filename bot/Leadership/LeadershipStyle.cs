namespace CoalitionBot.Leadership;

/// <summary>
/// The four styles of situational leadership. They are not points on one line: each is a point on two axes,
/// directive and supportive behaviour (<see cref="StyleAxes"/>), so never compare two styles with &lt; or &gt;.
/// Stored by name; never rename.
/// </summary>
public enum LeadershipStyle
{
    /// <summary>Sturen: much direction, little support. Say what to do, how and when, and check that it happens.</summary>
    Directing,
    /// <summary>Begeleiden: much direction, much support. Propose and explain, ask for ideas, encourage.</summary>
    Coaching,
    /// <summary>Ondersteunen: little direction, much support. Decide together, listen, remove obstacles, give recognition.</summary>
    Supporting,
    /// <summary>Delegeren: little direction, little support. Hand over the task and the decisions, stay available.</summary>
    Delegating,
}
