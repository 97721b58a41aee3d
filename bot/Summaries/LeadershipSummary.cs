using CoalitionBot.Leadership;

namespace CoalitionBot.Summaries;

/// <summary>
/// The coalition's leadership answers in figures: how many members lean to each style, the mean
/// assessment of the partners' ability and commitment and the style that asks for, and how many members'
/// own style gives more, less or just the direction needed. Counts only, and only from the minimum number of respondents.
/// </summary>
public sealed record LeadershipSummary(int Respondents, int MinimumRespondents)
{
    /// <summary>Members per dominant style; every style is present.</summary>
    public IReadOnlyDictionary<LeadershipStyle, int> StyleCounts { get; init; } = new Dictionary<LeadershipStyle, int>();
    /// <summary>The mean of the members' mean ratings, and the style that fits it; null below the minimum.</summary>
    public CoalitionDevelopment? Development { get; init; }
    public int MatchingNeed { get; init; }
    /// <summary>Own style more directive than needed (earlier in <see cref="LeadershipStyle"/>).</summary>
    public int MoreDirective { get; init; }
    public int LessDirective { get; init; }

    public bool ShowsFigures => Respondents >= MinimumRespondents;

    public static LeadershipSummary Of(CoalitionLeadership? leadership, int minimumRespondents)
    {
        var latest = leadership?.Members.Select(m => m.Latest).ToList() ?? [];
        var summary = new LeadershipSummary(latest.Count, minimumRespondents);
        if (latest.Count < minimumRespondents) return summary;

        var development = new CoalitionDevelopment(latest.Average(r => r.Ability), latest.Average(r => r.Commitment));
        var needed = development.NeededStyle;
        return summary with
        {
            StyleCounts = Enum.GetValues<LeadershipStyle>().ToDictionary(s => s, s => latest.Count(r => r.DominantStyle == s)),
            Development = development,
            MatchingNeed = latest.Count(r => r.DominantStyle == needed),
            MoreDirective = latest.Count(r => r.DominantStyle < needed),
            LessDirective = latest.Count(r => r.DominantStyle > needed),
        };
    }
}
