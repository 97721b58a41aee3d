namespace CoalitionBot.Forces;

/// <summary>
/// The forces as leads see them: without names, identical ones (equal apart from case and spaces) once with how many
/// named them and their mean strength, most named first, then the strongest; never in the order they were named.
/// </summary>
public sealed record ForceFigures(int Respondents, IReadOnlyList<MergedForce> For, IReadOnlyList<MergedForce> Against)
{
    public static ForceFigures Of(IReadOnlyList<MemberForces> members) => new(members.Count,
        Merged(members, ForceDirection.For), Merged(members, ForceDirection.Against));

    public IReadOnlyList<MergedForce> In(ForceDirection direction) => direction == ForceDirection.For ? For : Against;

    private static IReadOnlyList<MergedForce> Merged(IReadOnlyList<MemberForces> members, ForceDirection direction) =>
    [
        .. members.SelectMany(m => m.Forces).Where(f => f.Direction == direction)
            .Select(f => f with { Text = OneLine(f.Text) }).Where(f => f.Text.Length > 0)
            .GroupBy(f => f.Text, StringComparer.CurrentCultureIgnoreCase)
            // The same spelling of a group whoever named it first.
            .Select(g => new MergedForce(g.Select(f => f.Text).Order(StringComparer.Ordinal).First(), g.Count(), g.Average(f => f.Strength)))
            .OrderByDescending(f => f.Count).ThenByDescending(f => f.MeanStrength).ThenBy(f => f.Text, StringComparer.OrdinalIgnoreCase),
    ];

    /// <summary>One line, runs of spaces as one: "Geen  tijd" and "geen tijd " are the same force.</summary>
    public static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>A force as named by <see cref="Count"/> members, with their mean strength (1-3).</summary>
public sealed record MergedForce(string Text, int Count, double MeanStrength)
{
    /// <summary>How hard it pushes all together: the length of its bar in the force-field diagram.</summary>
    public double TotalStrength => Count * MeanStrength;
}
