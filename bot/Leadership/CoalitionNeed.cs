namespace CoalitionBot.Leadership;

/// <summary>
/// What the coalition needs from leadership now, as its members see it: per style, how many members' ratings of the
/// partners call for it. Members may see the partners differently, so the need is a distribution, never a mean: half
/// the members seeing sturen and half delegeren is a split between the two, not ondersteunen.
/// </summary>
public sealed record CoalitionNeed(IReadOnlyDictionary<LeadershipStyle, int> Counts)
{
    public int Respondents => Counts.Values.Sum();

    /// <summary>No style is seen by more than half the members.</summary>
    public bool IsSplit => Styles.Count != 1 || Counts[Styles[0]] * 2 <= Respondents;

    /// <summary>
    /// The style more than half the members see; in a split, the styles of the two largest groups (more when groups are
    /// equally large), in the fixed order of <see cref="LeadershipStyle"/>. Empty when nobody answered.
    /// </summary>
    public IReadOnlyList<LeadershipStyle> Styles
    {
        get
        {
            var sizes = Counts.Values.Where(c => c > 0).Distinct().OrderDescending().ToList();
            if (sizes.Count == 0) return [];
            if (sizes[0] * 2 > Respondents) return [.. Counts.Where(c => c.Value == sizes[0]).Select(c => c.Key)];
            var smallest = Counts.Count(c => c.Value == sizes[0]) > 1 || sizes.Count == 1 ? sizes[0] : sizes[1];
            return [.. Counts.Where(c => c.Value >= smallest).Select(c => c.Key).Order()];
        }
    }

    /// <summary>The split styles lie opposite on both axes (sturen and ondersteunen, begeleiden and delegeren).</summary>
    public bool IsOpposite => IsSplit && Styles.Count == 2
        && Styles[0].Directive() != Styles[1].Directive() && Styles[0].Supportive() != Styles[1].Supportive();

    /// <summary>Whether a member whose own style is <paramref name="style"/> fits what the coalition needs.</summary>
    public bool Fits(LeadershipStyle style) => Styles.Contains(style);

    public static CoalitionNeed Of(IEnumerable<LeadershipStyle> neededPerMember)
    {
        var list = neededPerMember.ToList();
        return new(Enum.GetValues<LeadershipStyle>().ToDictionary(s => s, s => list.Count(n => n == s)));
    }
}
