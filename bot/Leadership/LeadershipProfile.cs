namespace CoalitionBot.Leadership;

/// <summary>
/// A member's own style, from the options they chose in the situations: how often each style, the dominant style,
/// and how flexible they are: in how many situations they chose the style that fits it.
/// </summary>
public sealed record LeadershipProfile(
    IReadOnlyDictionary<LeadershipStyle, int> Counts,
    IReadOnlyList<LeadershipStyle> LeadingStyles,
    LeadershipStyle DominantStyle,
    int FittingAnswers,
    int Situations)
{
    /// <summary>Several styles share the highest count.</summary>
    public bool IsTie => LeadingStyles.Count > 1;

    /// <summary>
    /// The share of situations answered with the style that fits them, 0 to 1. Flexibility is fit, not variety: someone who
    /// chose all four styles at random is not flexible; someone who matched the style to each situation is.
    /// </summary>
    public double Flexibility => Situations == 0 ? 0 : (double)FittingAnswers / Situations;

    /// <summary>
    /// Counts per style (every style present, zero when never chosen); <see cref="LeadingStyles"/> are all with the highest
    /// count. On a tie the <see cref="DominantStyle"/> is the first of them in the fixed order sturen, begeleiden,
    /// ondersteunen, delegeren: a rule that does not depend on what the coalition needs, so the summary compares members'
    /// own styles with that need honestly.
    /// </summary>
    /// <param name="choices">Situation id → the style of the option chosen.</param>
    public static LeadershipProfile Of(IReadOnlyDictionary<string, LeadershipStyle> choices)
    {
        if (choices.Count == 0) throw new ArgumentException("A profile needs at least one answer.", nameof(choices));
        var counts = Enum.GetValues<LeadershipStyle>().ToDictionary(style => style, style => choices.Values.Count(c => c == style));
        var highest = counts.Values.Max();
        var leading = counts.Where(c => c.Value == highest).Select(c => c.Key).Order().ToList();
        return new LeadershipProfile(counts, leading, leading[0], FittingOf(choices), SituationsOf(choices));
    }

    /// <summary>The answers that chose the style fitting their situation.</summary>
    public static int FittingOf(IReadOnlyDictionary<string, LeadershipStyle> choices) =>
        choices.Count(c => LeadershipSituations.FittingStyleOf(c.Key) == c.Value);

    /// <summary>The answers to situations this bot knows (a situation taken out later has no fitting style).</summary>
    public static int SituationsOf(IReadOnlyDictionary<string, LeadershipStyle> choices) =>
        choices.Count(c => LeadershipSituations.FittingStyleOf(c.Key) is not null);
}
