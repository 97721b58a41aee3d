using CoalitionBot.Actions;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Forces;
using CoalitionBot.Leadership;
using CoalitionBot.Summaries;
using CoalitionBot.ThreeBs;

namespace CoalitionBot.Exports;

/// <summary>
/// A coalition's answers for its leads, under the same rule as the summaries: of the check-ins (per round) and the
/// leadership results the published figures only (<see cref="Privacy.PublicationLedger"/>), from the coalition's minimum
/// number of respondents, with the texts in alphabetical order and without names; never one member's answer. The 3 B's
/// are signed views and keep their author.
/// </summary>
public sealed record CoalitionExport(string Coalition, DateTimeOffset ExportedAt, int MinimumRespondents)
{
    /// <summary>The coalition's shared goal (<c>doel</c>), when it recorded one.</summary>
    public string? Goal { get; init; }
    /// <summary>The bestuurlijke trekker a lead or admin named, as typed, with their partner if one of the coalition's.</summary>
    public string? AdministrativeLead { get; init; }
    public IReadOnlyList<CheckInRoundExport> CheckIns { get; init; } = [];
    /// <summary>Null while the leadership results show no figures.</summary>
    public LeadershipExport? Leadership { get; init; }
    public IReadOnlyList<ThreeBsAnswerExport> ThreeBs { get; init; } = [];
    /// <summary>The actions agreed, as leads see them with <c>acties</c> and in the check-in summary.</summary>
    public IReadOnlyList<ActionExport> Actions { get; init; } = [];
    /// <summary>The forces as the summary shows them (merged, without names); null while it shows none.</summary>
    public ForcesExport? Forces { get; init; }

    public static CoalitionExport Of(Coalition coalition, IEnumerable<CheckInRound> rounds, CoalitionLeadership? leadership, ThreeBsSummary threeBs, DateTimeOffset now)
    {
        var minimum = coalition.MinimumRespondents;
        return new CoalitionExport(coalition.Name ?? coalition.Id.TeamId, now, minimum)
        {
            Goal = coalition.Goal?.Text,
            AdministrativeLead = coalition.AdministrativeLead is { } lead ? Partners.AdministrativeLeadTexts.Plain(lead, coalition) : null,
            CheckIns =
            [
                // An open round's figures wait until it closes, here as in the summaries.
                .. rounds.Where(r => !r.IsOpenAt(now)).OrderBy(r => r.Opened)
                    .Select(r => (r.RoundId, figures: r.FiguresFor(minimum)))
                    .Where(r => r.figures is not null)
                    .Select(r => CheckInRoundExport.Of(r.RoundId, r.figures!, minimum)),
            ],
            Leadership = leadership?.FiguresFor(minimum) is { } figures ? LeadershipExport.Of(figures, coalition.Phase) : null,
            ThreeBs =
            [
                .. threeBs.Partners.SelectMany(p => p.Views.Select(v => new ThreeBsAnswerExport(
                    p.Partner.Name, p.Partner.Roles, p.Partner.Levels, v.AuthorName, v.Description.DescribedAt, v.Description.Intention, v.Description.Interest,
                    v.Description.Contribution, v.Description.Influence, v.Description.Involvement, v.Description.Attitude)
                {
                    Expectations = v.Description.Expectations,
                    IsOwnOrganisation = v.Description.IsOwnOrganisation,
                    AttitudeReason = v.Description.AttitudeReason,
                })),
            ],
        };
    }
}

/// <summary>One agreed action: its owner by name (or none), its day, and whether and when it was done.</summary>
public sealed record ActionExport(int Number, string Text, string? Owner, DateOnly Due, ActionStatus Status, DateTimeOffset? DoneAt, ActionProgress? LatestAnswer)
{
    public static ActionExport Of(ActionItem action, Coalition coalition) => new(action.Number, action.Text,
        action.Owner is { } owner ? coalition.Member(owner.UserId)?.Name ?? owner.Name : null, action.Due, action.Status, action.DoneAt, action.LatestAnswer?.Progress);
}

/// <summary>The published forces: how many members they count, and each kind merged as the summary lists them.</summary>
public sealed record ForcesExport(int Respondents, IReadOnlyList<MergedForce> For, IReadOnlyList<MergedForce> Against)
{
    public static ForcesExport? Of(CoalitionForces? forces, int minimum) =>
        forces?.FiguresFor(minimum) is { } figures ? new ForcesExport(figures.Respondents, figures.For, figures.Against) : null;
}

/// <summary>One check-in round as its summary shows it, with the remarks too.</summary>
public sealed record CheckInRoundExport(string Round, int Respondents, IReadOnlyList<AspectExport> Aspects,
    IReadOnlyList<string> Bottlenecks, IReadOnlyList<string> NextSteps, IReadOnlyList<RemarkExport> Remarks)
{
    public static CheckInRoundExport Of(string round, CheckInFigures figures, int minimum) => new(round, figures.Respondents,
        [.. figures.ShownAspects(minimum).Select(a => AspectExport.Of(a.Aspect, a.Spread))],
        figures.Bottlenecks(), figures.NextSteps(),
        [.. Enum.GetValues<CheckInAspect>().SelectMany(aspect => figures.RemarksOn(aspect).Select(text => new RemarkExport(aspect, text)))]);
}

/// <summary>One aspect's figures; the lowest and highest score only where the summary shows them.</summary>
public sealed record AspectExport(CheckInAspect Aspect, int Answers, double Mean, int? Lowest, int? Highest)
{
    public static AspectExport Of(CheckInAspect aspect, ScoreSpread spread) =>
        new(aspect, spread.Count, spread.Mean, spread.ShowsSpread ? spread.Min : null, spread.ShowsSpread ? spread.Max : null);
}

public sealed record RemarkExport(CheckInAspect Aspect, string Text);

/// <summary>
/// The leadership figures: members per dominant style, members per style their ratings of the partners call for, the style
/// (or in a split the styles) the coalition needs, the mean ability and commitment, and the coalition's phase.
/// </summary>
public sealed record LeadershipExport(int Respondents, IReadOnlyDictionary<LeadershipStyle, int> Members, double Ability, double Commitment,
    IReadOnlyDictionary<LeadershipStyle, int> NeedMembers, IReadOnlyList<LeadershipStyle> NeededStyles, bool NeedIsSplit, CoalitionPhase? Phase)
{
    public static LeadershipExport Of(LeadershipFigures figures, CoalitionPhase? phase) =>
        new(figures.Respondents, figures.StyleCounts, figures.Ability, figures.Commitment, figures.Need.Counts, figures.Need.Styles, figures.Need.IsSplit, phase);
}

/// <summary>One member's current 3 B's of a partner, signed.</summary>
public sealed record ThreeBsAnswerExport(string Partner, IReadOnlyList<NetworkRole> PartnerRoles, IReadOnlyList<PartnerLevel> PartnerLevels, string? Author, DateTimeOffset DescribedAt,
    string Intention, string Interest, string Contribution, int Influence, int Involvement, Attitude Attitude)
{
    public string? Expectations { get; init; }
    /// <summary>The author described their own organisation: a self-view.</summary>
    public bool IsOwnOrganisation { get; init; }
    public string? AttitudeReason { get; init; }
}
