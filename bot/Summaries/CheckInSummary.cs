using CoalitionBot.CheckIns;

namespace CoalitionBot.Summaries;

/// <summary>
/// The latest check-in round of a coalition in figures: per aspect the mean, spread and number of answers,
/// compared with the previous round, and the bottlenecks and next steps without names. Figures and texts
/// are left out below the coalition's minimum number of respondents, so no single answer can be traced.
/// </summary>
public sealed record CheckInSummary(string? RoundId, int Respondents, int MinimumRespondents, string? PreviousRoundId)
{
    public IReadOnlyList<AspectSummary> Aspects { get; init; } = [];
    public IReadOnlyList<string> Bottlenecks { get; init; } = [];
    public IReadOnlyList<string> NextSteps { get; init; } = [];
    /// <summary>The means of the last rounds with enough respondents, oldest first, for the trend chart.</summary>
    public IReadOnlyList<RoundMeans> History { get; init; } = [];

    /// <summary>Enough members answered to show figures.</summary>
    public bool ShowsFigures => Respondents >= MinimumRespondents;

    /// <param name="latest">The newest round, or null when nobody ever checked in.</param>
    /// <param name="previous">The round before it; its means count only when it had enough answers too.</param>
    public static CheckInSummary Of(CheckInRound? latest, CheckInRound? previous, int minimumRespondents)
    {
        var respondents = latest?.Answers.Count ?? 0;
        var comparable = previous is not null && previous.Answers.Count >= minimumRespondents ? previous : null;
        var summary = new CheckInSummary(latest?.RoundId, respondents, minimumRespondents, comparable?.RoundId);
        if (latest is null || respondents < minimumRespondents) return summary;

        var answers = latest.Answers.Values.OrderBy(a => a.AnsweredAt).ToList();
        return summary with
        {
            Aspects =
            [
                .. Enum.GetValues<CheckInAspect>()
                    .Select(aspect => (aspect, spread: ScoreSpread.Of(ScoresFor(answers, aspect))))
                    .Where(a => a.spread is not null)
                    .Select(a => new AspectSummary(a.aspect, a.spread!, comparable is null ? null : ScoreSpread.Of(ScoresFor(comparable.Answers.Values, a.aspect))?.Mean)),
            ],
            Bottlenecks = Texts(answers.Select(a => a.Bottleneck)),
            NextSteps = Texts(answers.Select(a => a.NextStep)),
        };
    }

    private static IEnumerable<int> ScoresFor(IEnumerable<CheckInAnswer> answers, CheckInAspect aspect) =>
        answers.Where(a => a.Scores.ContainsKey(aspect)).Select(a => a.Scores[aspect]);

    // Identical texts once; order by time of answering, not by person. One line each, so a text cannot break the list.
    private static IReadOnlyList<string> Texts(IEnumerable<string> texts) =>
        [.. texts.Select(OneLine).Where(t => t.Length > 0).Distinct(StringComparer.CurrentCultureIgnoreCase)];

    public static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>One aspect in the latest round, and its mean in the previous round when there was a comparable one.</summary>
public sealed record AspectSummary(CheckInAspect Aspect, ScoreSpread Latest, double? PreviousMean)
{
    public Trend Trend => TrendOf.Between(PreviousMean, Latest.Mean);
}
