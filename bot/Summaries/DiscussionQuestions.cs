namespace CoalitionBot.Summaries;

/// <summary>What a discussion question is about.</summary>
public enum DiscussionTopic
{
    /// <summary>The members' scores on an aspect lie far apart.</summary>
    WidestSpread,

    /// <summary>An aspect went down against the previous round.</summary>
    LargestDrop,

    /// <summary>The aspect with the lowest mean.</summary>
    Lowest,

    /// <summary>No figure stands out enough: which next step fits.</summary>
    NextStep,
}

/// <summary>One question for the meeting; <paramref name="Aspect"/> is null only for <see cref="DiscussionTopic.NextStep"/>.</summary>
/// <param name="IsMost">For a spread: this aspect's spread is the widest (another's may be asked about when this one is already).</param>
public sealed record DiscussionQuestion(DiscussionTopic Topic, AspectSummary? Aspect, bool IsMost = true)
{
    /// <summary>For the lowest: the other aspects with the same (shown) mean, asked about in the same question.</summary>
    public IReadOnlyList<AspectSummary> EquallyLow { get; init; } = [];
}

/// <summary>
/// Two or three questions drawn from a round's shown figures, for the coalition to discuss in its meeting: the aspect whose
/// scores lie furthest apart, the largest drop since the previous round, and the lowest aspect. A topic that does not
/// apply is left out; each takes an aspect not yet asked about when one applies, so the questions cover more ground.
/// Only figures the card shows anyway are used (the spread only where <see cref="ScoreSpread.ShowsSpread"/>).
/// </summary>
public static class DiscussionQuestions
{
    /// <summary>Lowest and highest score at least this far apart (on 1-10) before the spread is worth a question.</summary>
    public const int SpreadWorthAsking = 4;

    /// <summary>A drop of at least this much (in the shown means) is worth a question; a few tenths is noise in a small group.</summary>
    public const double DropWorthAsking = 0.5;

    /// <summary>Fewer questions from the figures than this, and the general next-step question is added.</summary>
    public const int AtLeast = 2;

    public static IReadOnlyList<DiscussionQuestion> Of(IReadOnlyList<AspectSummary> aspects)
    {
        var questions = new List<DiscussionQuestion>();

        var spreads = aspects.Where(a => a.Latest.ShowsSpread && Width(a) >= SpreadWorthAsking).OrderByDescending(Width).ToList();
        if (Pick(spreads, questions) is { } spread) questions.Add(new(DiscussionTopic.WidestSpread, spread, Width(spread) == Width(spreads[0])));

        var drops = aspects.Where(a => a.Change <= -DropWorthAsking + 0.001).OrderBy(a => a.Change).ToList();
        if (Pick(drops, questions) is { } drop) questions.Add(new(DiscussionTopic.LargestDrop, drop));

        // Lowest only means something beside a higher one; equal lowest means are all candidates.
        var lowestMean = aspects.Count > 1 ? aspects.Min(ShownMean) : double.NaN;
        var lowest = aspects.Any(a => ShownMean(a) > lowestMean) ? aspects.Where(a => ShownMean(a) == lowestMean).ToList() : [];
        if (Pick(lowest, questions) is { } low) questions.Add(new(DiscussionTopic.Lowest, low) { EquallyLow = [.. lowest.Where(a => a != low)] });

        if (questions.Count < AtLeast) questions.Add(new(DiscussionTopic.NextStep, null));
        return questions;
    }

    /// <summary>The first candidate not asked about yet; the best one again when all were (its question is another).</summary>
    private static AspectSummary? Pick(IReadOnlyList<AspectSummary> candidates, List<DiscussionQuestion> asked) =>
        candidates.FirstOrDefault(c => asked.All(q => q.Aspect?.Aspect != c.Aspect)) ?? candidates.FirstOrDefault();

    private static int Width(AspectSummary aspect) => aspect.Latest.Max - aspect.Latest.Min;

    private static double ShownMean(AspectSummary aspect) => AspectSummary.AsShown(aspect.Latest.Mean);
}
