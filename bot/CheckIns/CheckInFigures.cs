using CoalitionBot.Summaries;

namespace CoalitionBot.CheckIns;

/// <summary>
/// A check-in round as leads see it, published at once for many answers (see <see cref="Privacy.PublicationLedger"/>):
/// per aspect the mean, spread and number of scores, and the members' texts, quoted without names.
/// </summary>
public sealed record CheckInFigures
{
    /// <summary>How many answers the figures count.</summary>
    public required int Respondents { get; init; }

    public required IReadOnlyDictionary<CheckInAspect, ScoreSpread> Aspects { get; init; }

    /// <summary>The grades for the collaboration as a whole; null when no answer had one (answers of before it was asked).</summary>
    public ScoreSpread? Grade { get; init; }

    /// <summary>Per aspect how many gave each score; null in figures published before they were counted (those show none).</summary>
    public IReadOnlyDictionary<CheckInAspect, ScoreDistribution>? Distributions { get; init; }

    /// <summary>Each counted member's texts, by member only so that erasing their data takes them out; never shown with a name.</summary>
    public IReadOnlyDictionary<string, CheckInAnswerTexts> Texts { get; init; } = new Dictionary<string, CheckInAnswerTexts>();

    public static CheckInFigures Of(IReadOnlyCollection<CheckInAnswer> answers) => new()
    {
        Respondents = answers.Count,
        Aspects = Enum.GetValues<CheckInAspect>()
            .Select(aspect => (aspect, spread: ScoreSpread.Of(answers.Where(a => a.Scores.ContainsKey(aspect)).Select(a => a.Scores[aspect]))))
            .Where(a => a.spread is not null)
            .ToDictionary(a => a.aspect, a => a.spread!),
        Grade = ScoreSpread.Of(answers.Where(a => a.Grade is not null).Select(a => a.Grade!.Value)),
        Distributions = Enum.GetValues<CheckInAspect>()
            .Select(aspect => (aspect, distribution: ScoreDistribution.Of(answers.Where(a => a.Scores.ContainsKey(aspect)).Select(a => a.Scores[aspect]))))
            .Where(a => a.distribution is not null)
            .ToDictionary(a => a.aspect, a => a.distribution!),
        Texts = answers.ToDictionary(a => a.UserId, a => new CheckInAnswerTexts(a.Bottleneck, a.NextStep) { Remarks = a.Remarks, WentWell = a.WentWell }),
    };

    public CheckInFigures WithoutTextsOf(string userId) =>
        Texts.ContainsKey(userId) ? this with { Texts = Texts.Where(t => t.Key != userId).ToDictionary() } : this;

    /// <summary>The aspects with at least <paramref name="minimum"/> scores, in the order of the questions.</summary>
    public IEnumerable<(CheckInAspect Aspect, ScoreSpread Spread)> ShownAspects(int minimum) =>
        Enum.GetValues<CheckInAspect>().Where(a => Aspects.TryGetValue(a, out var s) && s.Count >= minimum).Select(a => (a, Aspects[a]));

    /// <summary>How many gave each score of the aspect, where that names nobody's score (<see cref="ScoreDistribution.MayShow"/>); else null.</summary>
    public ScoreDistribution? ShownDistribution(CheckInAspect aspect) =>
        Distributions?.TryGetValue(aspect, out var distribution) == true && distribution.MayShow ? distribution : null;

    public IReadOnlyList<string> Bottlenecks() => Quotes(Texts.Values.Select(t => t.Bottleneck));

    /// <summary>The bottlenecks, each once with how many named it (equal apart from case and spaces), most named first.</summary>
    public IReadOnlyList<(string Text, int Count)> BottlenecksByCount() =>
        [.. Texts.Values.Select(t => CheckInSummary.OneLine(t.Bottleneck)).Where(t => t.Length > 0)
            .GroupBy(t => t, StringComparer.CurrentCultureIgnoreCase)
            .Select(g => (Text: g.Order(StringComparer.Ordinal).First(), Count: g.Count()))
            .OrderByDescending(b => b.Count).ThenBy(b => b.Text, StringComparer.OrdinalIgnoreCase)];

    public IReadOnlyList<string> WentWell() => Quotes(Texts.Values.Select(t => t.WentWell ?? ""));

    public IReadOnlyList<string> NextSteps() => Quotes(Texts.Values.Select(t => t.NextStep));

    public IReadOnlyList<string> RemarksOn(CheckInAspect aspect) => Quotes(Texts.Values.Select(t => t.Remarks.GetValueOrDefault(aspect) ?? ""));

    // One line each, identical texts once, in alphabetical order: never in the order of answering, which could point at a person
    // (nor is the spelling shown of texts equal apart from case the first one's: the same of them is shown whatever the order).
    private static IReadOnlyList<string> Quotes(IEnumerable<string> texts) =>
        [.. texts.Select(CheckInSummary.OneLine).Where(t => t.Length > 0).GroupBy(t => t, StringComparer.CurrentCultureIgnoreCase)
            .Select(g => g.Order(StringComparer.Ordinal).First()).Order(StringComparer.OrdinalIgnoreCase)];
}

/// <summary>What a member wrote in their check-in: the bottleneck, the next step and the remarks per aspect.</summary>
public sealed record CheckInAnswerTexts(string Bottleneck, string NextStep)
{
    public IReadOnlyDictionary<CheckInAspect, string> Remarks { get; init; } = new Dictionary<CheckInAspect, string>();

    public string? WentWell { get; init; }
}
