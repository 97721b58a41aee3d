namespace CoalitionBot.Summaries;

/// <summary>The mean, the lowest and highest score and how many scores there were: "7.8, spread 6-9 (5 answers)".</summary>
public sealed record ScoreSpread(double Mean, int Min, int Max, int Count)
{
    /// <summary>The spread of the scores, or null when there are none (a mean of nothing is not 0).</summary>
    public static ScoreSpread? Of(IEnumerable<int> scores)
    {
        var list = scores.ToList();
        return list.Count == 0 ? null : new ScoreSpread(list.Average(), list.Min(), list.Max(), list.Count);
    }
}
