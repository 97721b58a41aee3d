namespace CoalitionBot.Leadership;

/// <summary>
/// One situation of the self-assessment, the style that fits it, and what someone taking the lead could do in it,
/// one option per style. Texts are read when called, so they come in the language of the current turn.
/// </summary>
public sealed record LeadershipSituation(
    string Id,
    LeadershipStyle FittingStyle,
    Func<string> Text,
    Func<string> Directing,
    Func<string> Coaching,
    Func<string> Supporting,
    Func<string> Delegating)
{
    public string Option(LeadershipStyle style) => style switch
    {
        LeadershipStyle.Directing => Directing(),
        LeadershipStyle.Coaching => Coaching(),
        LeadershipStyle.Supporting => Supporting(),
        LeadershipStyle.Delegating => Delegating(),
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown leadership style."),
    };
}
