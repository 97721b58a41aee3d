namespace CoalitionBot.Coalitions;

/// <summary>
/// How far the coalition is in its forming ("starters en gevorderden"), as its lead or admin sees it. The leadership
/// advice reads what the partners need for a task against it. Stored by name; never rename.
/// </summary>
public enum CoalitionPhase
{
    /// <summary>Starten: the partners are finding each other and the approach.</summary>
    Starting,
    /// <summary>Groeien: the approach runs, partners take on more themselves.</summary>
    Growing,
    /// <summary>Gevestigd: the coalition runs on its own; the partners know the work and each other.</summary>
    Established,
}
