using CoalitionBot.Coalitions;
using CoalitionBot.Leadership;

namespace CoalitionBot.Summaries;

/// <summary>
/// The coalition's leadership answers in figures: how many members lean to each style, what the coalition needs as a
/// distribution (a split named as a split), the coalition's phase, and how many members' own style fits that need.
/// Counts only, from the published figures (<see cref="CoalitionLeadership.FiguresFor"/>): from the minimum number of
/// respondents, and changing only in steps of it.
/// </summary>
public sealed record LeadershipSummary(int Respondents, int MinimumRespondents)
{
    /// <summary>Members per dominant style; every style is present.</summary>
    public IReadOnlyDictionary<LeadershipStyle, int> StyleCounts { get; init; } = new Dictionary<LeadershipStyle, int>();
    /// <summary>The mean of the members' ratings of the partners; null when no figures are shown.</summary>
    public CoalitionDevelopment? Development { get; init; }
    /// <summary>Members per style their ratings call for; null when no figures are shown.</summary>
    public CoalitionNeed? Need { get; init; }
    public CoalitionPhase? Phase { get; init; }
    /// <summary>Members whose dominant style is one the coalition needs (<see cref="CoalitionNeed.Styles"/>).</summary>
    public int FittingNeed { get; init; }

    public bool ShowsFigures => Need is not null;

    /// <param name="leadership">The coalition's results; <see cref="Respondents"/> is the number the figures count, or when none are shown, of members who answered.</param>
    public static LeadershipSummary Of(CoalitionLeadership? leadership, int minimumRespondents, CoalitionPhase? phase = null)
    {
        if (leadership?.FiguresFor(minimumRespondents) is not { } figures)
            return new LeadershipSummary(leadership?.Members.Count ?? 0, minimumRespondents) { Phase = phase };
        var need = figures.Need;
        return new LeadershipSummary(figures.Respondents, minimumRespondents)
        {
            StyleCounts = figures.StyleCounts,
            Development = figures.Development,
            Need = need,
            Phase = phase,
            FittingNeed = figures.StyleCounts.Where(c => need.Fits(c.Key)).Sum(c => c.Value),
        };
    }
}
