using System.Text.Json.Serialization;

namespace CoalitionBot.Summaries;

/// <summary>The mean, the lowest and highest score and how many scores there were: "7.8, spread 6-9 (5 answers)".</summary>
public sealed record ScoreSpread(double Mean, int Min, int Max, int Count)
{
    /// <summary>
    /// The lowest and highest score are shown from this many scores. With three, mean, lowest and highest give away every
    /// score; with four, the two in the middle add up to a known sum.
    /// </summary>
    public const int SpreadFrom = 5;

    /// <summary>
    /// Lowest and highest may be shown: from <see cref="SpreadFrom"/> scores, and not when, with the mean, they settle every
    /// score (all the others at one end, or all equal). The mean shown with one decimal gives the sum away below ten scores.
    /// </summary>
    [JsonIgnore]
    public bool ShowsSpread
    {
        get
        {
            if (Count < SpreadFrom) return false;
            var others = (int)Math.Round(Mean * Count) - Min - Max;
            return others > (Count - 2) * Min && others < (Count - 2) * Max;
        }
    }

    /// <summary>The spread of the scores, or null when there are none (a mean of nothing is not 0).</summary>
    public static ScoreSpread? Of(IEnumerable<int> scores)
    {
        var list = scores.ToList();
        return list.Count == 0 ? null : new ScoreSpread(list.Average(), list.Min(), list.Max(), list.Count);
    }
}
