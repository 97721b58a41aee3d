using CoalitionBot.Forces;

namespace CoalitionBot.Summaries;

/// <summary>
/// The forces as a summary shows them: the published ones merged and without names, or, while none may be shown, only
/// how many members named forces.
/// </summary>
/// <param name="Respondents">The members the shown forces count, or when none are shown, the members who named forces.</param>
public sealed record ForceSummary(int Respondents, int MinimumRespondents, ForceFigures? Figures)
{
    public bool ShowsFigures => Figures is not null;

    public static ForceSummary Of(CoalitionForces? forces, int minimumRespondents) =>
        forces?.FiguresFor(minimumRespondents) is { } figures
            ? new ForceSummary(figures.Respondents, minimumRespondents, figures)
            : new ForceSummary(forces?.Members.Count ?? 0, minimumRespondents, null);
}
