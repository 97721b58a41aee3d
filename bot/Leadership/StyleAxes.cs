namespace CoalitionBot.Leadership;

/// <summary>How much of one kind of behaviour a style asks: the two levels situational leadership uses.</summary>
public enum Behaviour
{
    Low,
    High,
}

/// <summary>
/// Where each style lies on the two axes of situational leadership: directive behaviour (telling what, how and when)
/// and supportive behaviour (listening, encouraging, involving). Begeleiden is as directive as sturen, and ondersteunen
/// as supportive as begeleiden.
/// </summary>
public static class StyleAxes
{
    public static Behaviour Directive(this LeadershipStyle style) => style switch
    {
        LeadershipStyle.Directing or LeadershipStyle.Coaching => Behaviour.High,
        LeadershipStyle.Supporting or LeadershipStyle.Delegating => Behaviour.Low,
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown leadership style."),
    };

    public static Behaviour Supportive(this LeadershipStyle style) => style switch
    {
        LeadershipStyle.Coaching or LeadershipStyle.Supporting => Behaviour.High,
        LeadershipStyle.Directing or LeadershipStyle.Delegating => Behaviour.Low,
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown leadership style."),
    };

    /// <summary>The style with this much direction and support.</summary>
    public static LeadershipStyle StyleWith(Behaviour directive, Behaviour supportive) => (directive, supportive) switch
    {
        (Behaviour.High, Behaviour.Low) => LeadershipStyle.Directing,
        (Behaviour.High, Behaviour.High) => LeadershipStyle.Coaching,
        (Behaviour.Low, Behaviour.High) => LeadershipStyle.Supporting,
        _ => LeadershipStyle.Delegating,
    };
}
