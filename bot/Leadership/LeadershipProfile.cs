namespace CoalitionBot.Leadership;

/// <summary>
/// A member's own style, from the options they chose in the situations: how often each style, the
/// dominant style and how flexible they are.
/// </summary>
public sealed record LeadershipProfile(
    IReadOnlyDictionary<LeadershipStyle, int> Counts,
    IReadOnlyList<LeadershipStyle> LeadingStyles,
    LeadershipStyle DominantStyle,
    int Flexibility)
{
    /// <summary>A style counts towards flexibility when it was chosen at least this often (once may be chance).</summary>
    public const int FlexibleUseFrom = 2;

    /// <summary>Several styles share the highest count.</summary>
    public bool IsTie => LeadingStyles.Count > 1;

    /// <summary>
    /// Counts per style (every style present, zero when never chosen); <see cref="LeadingStyles"/> are all
    /// with the highest count. On a tie the <see cref="DominantStyle"/> is the most directive of them (first
    /// in <see cref="LeadershipStyle"/>'s order): a fixed rule that does not depend on what the coalition needs,
    /// so the summary compares members' own styles with that need honestly.
    /// <see cref="Flexibility"/> is the number of styles chosen at least <see cref="FlexibleUseFrom"/> times,
    /// 0 to 4: easy to explain ("you use three of the four styles") and, unlike a spread score, not moved by
    /// a single odd answer.
    /// </summary>
    public static LeadershipProfile Of(IEnumerable<LeadershipStyle> choices)
    {
        var chosen = choices.ToList();
        if (chosen.Count == 0) throw new ArgumentException("A profile needs at least one answer.", nameof(choices));
        var counts = Enum.GetValues<LeadershipStyle>().ToDictionary(style => style, style => chosen.Count(c => c == style));
        var highest = counts.Values.Max();
        var leading = counts.Where(c => c.Value == highest).Select(c => c.Key).Order().ToList();
        var flexibility = counts.Values.Count(count => count >= FlexibleUseFrom);
        return new LeadershipProfile(counts, leading, leading[0], flexibility);
    }
}
