using CoalitionBot.Leadership;

namespace CoalitionBot.Summaries;

/// <summary>
/// The coalition's leadership answers in figures: how many members lean to each style, the mean
/// assessment of the partners' ability and commitment and the style that asks for, and how many members'
/// own style gives more, less or just the direction needed. Counts only, from the published figures
/// (<see cref="CoalitionLeadership.FiguresFor"/>): from the minimum number of respondents, and changing only in steps of it.
/// </summary>
public sealed record LeadershipSummary(int Respondents, int MinimumRespondents)
{
    /// <summary>Members per dominant style; every style is present.</summary>
    public IReadOnlyDictionary<LeadershipStyle, int> StyleCounts { get; init; } = new Dictionary<LeadershipStyle, int>();
    /// <summary>The mean of the members' mean ratings, and the style that fits it; null when no figures are shown.</summary>
    public CoalitionDevelopment? Development { get; init; }
    public int MatchingNeed { get; init; }
    /// <summary>Own style more directive than needed (earlier in <see cref="LeadershipStyle"/>).</summary>
    public int MoreDirective { get; init; }
    public int LessDirective { get; init; }

    public bool ShowsFigures => Development is not null;

    /// <param name="leadership">The coalition's results; <see cref="Respondents"/> is the number the figures count, or when none are shown, of members who answered.</param>
    public static LeadershipSummary Of(CoalitionLeadership? leadership, int minimumRespondents)
    {
        if (leadership?.FiguresFor(minimumRespondents) is not { } figures) return new LeadershipSummary(leadership?.Members.Count ?? 0, minimumRespondents);
        var needed = figures.Development.NeededStyle;
        return new LeadershipSummary(figures.Respondents, minimumRespondents)
        {
            StyleCounts = figures.StyleCounts,
            Development = figures.Development,
            MatchingNeed = figures.StyleCounts.GetValueOrDefault(needed),
            MoreDirective = figures.StyleCounts.Where(c => c.Key < needed).Sum(c => c.Value),
            LessDirective = figures.StyleCounts.Where(c => c.Key > needed).Sum(c => c.Value),
        };
    }
}
