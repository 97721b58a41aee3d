using CoalitionBot.CheckIns;

namespace CoalitionBot.Summaries;

/// <summary>
/// The latest closed check-in round of a coalition in figures: per aspect the mean, spread and number of answers,
/// compared with the previous round, and the bottlenecks and next steps without names. Only the round's published
/// figures (<see cref="CheckInRound.FiguresFor"/>): from the coalition's minimum number of respondents, changing only
/// in steps of it, so no single answer can be traced or worked out from two summaries.
/// </summary>
/// <param name="RoundName">The round's name as people read it (<see cref="CheckInRoundNames"/>); null when no round closed yet.</param>
/// <param name="Respondents">The answers the figures count; when none are shown, the answers in the round.</param>
/// <param name="PreviousRoundName">The round compared with, when it shows figures.</param>
public sealed record CheckInSummary(string? RoundName, int Respondents, int MinimumRespondents, string? PreviousRoundName)
{
    /// <summary>The round still open, and how many checked in so far; its figures wait until it closes.</summary>
    public OpenRoundProgress? OpenRound { get; init; }

    /// <summary>A round asked for by name that the coalition does not have (closed).</summary>
    public string? UnknownRound { get; init; }

    public static CheckInSummary Unknown(string roundName, int minimumRespondents) => new(null, 0, minimumRespondents, null) { UnknownRound = roundName };

    public IReadOnlyList<AspectSummary> Aspects { get; init; } = [];
    /// <summary>Each bottleneck once, with how many named it, most named first.</summary>
    public IReadOnlyList<(string Text, int Count)> Bottlenecks { get; init; } = [];

    /// <summary>The grade for the collaboration as a whole, when enough answers had one.</summary>
    public ScoreSpread? Grade { get; init; }

    public IReadOnlyList<string> WentWell { get; init; } = [];
    public IReadOnlyList<string> NextSteps { get; init; } = [];
    /// <summary>The means of the last rounds with figures, oldest first, for the trend chart.</summary>
    public IReadOnlyList<RoundMeans> History { get; init; } = [];

    public bool ShowsFigures { get; init; }

    /// <summary>The coalition's actions to discuss with the figures (<see cref="ActionsSection"/>); null where none are read.</summary>
    public ActionsOverview? Actions { get; init; }

    /// <param name="latest">The newest round, or null when nobody ever checked in.</param>
    /// <param name="previous">The round before it; its means count only when it shows figures too.</param>
    public static CheckInSummary Of(CheckInRound? latest, CheckInRound? previous, int minimumRespondents)
    {
        var figures = latest?.FiguresFor(minimumRespondents);
        var before = previous?.FiguresFor(minimumRespondents)?.ShownAspects(minimumRespondents).ToDictionary(a => a.Aspect, a => a.Spread.Mean);
        var summary = new CheckInSummary(latest is null ? null : CheckInRoundNames.Of(latest), figures?.Respondents ?? latest?.Answers.Count ?? 0, minimumRespondents,
            before is null ? null : CheckInRoundNames.Of(previous!));
        if (figures is null) return summary;

        return summary with
        {
            ShowsFigures = true,
            Aspects = [.. figures.ShownAspects(minimumRespondents).Select(a => new AspectSummary(a.Aspect, a.Spread, before?.TryGetValue(a.Aspect, out var mean) == true ? mean : null)
            {
                Distribution = figures.ShownDistribution(a.Aspect),
                Remarks = figures.RemarksOn(a.Aspect),
            })],
            Bottlenecks = figures.BottlenecksByCount(),
            Grade = figures.Grade is { } grade && grade.Count >= minimumRespondents ? grade : null,
            WentWell = figures.WentWell(),
            NextSteps = figures.NextSteps(),
        };
    }

    public static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>One aspect in the latest round, and its mean in the previous round when there was a comparable one.</summary>
public sealed record AspectSummary(CheckInAspect Aspect, ScoreSpread Latest, double? PreviousMean)
{
    public Trend Trend => TrendOf.Between(PreviousMean, Latest.Mean);

    /// <summary>How many gave each score, when that may be shown (<see cref="ScoreDistribution.MayShow"/>).</summary>
    public ScoreDistribution? Distribution { get; init; }

    /// <summary>The members' remarks on the aspect ("Toelichting"), without names, each once, in alphabetical order.</summary>
    public IReadOnlyList<string> Remarks { get; init; } = [];

    /// <summary>
    /// The change against the previous round as the two shown means differ (each with one decimal), so "+0,8" always
    /// matches "7,8, was 7,0"; null without a comparable previous round.
    /// </summary>
    public double? Change => PreviousMean is { } previous ? AsShown(Latest.Mean) - AsShown(previous) : null;

    /// <summary>A mean rounded exactly as the card writes it ({0:0.0}), whatever the culture's decimal sign.</summary>
    public static double AsShown(double mean) =>
        double.Parse(mean.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
}
