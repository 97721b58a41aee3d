using System.Text.Json.Serialization;

namespace CoalitionBot.Summaries;

/// <summary>
/// How many gave each score (1-10) of one aspect in a round: "6: 1, 7: 2, 9: 2". It gives away the whole set of scores,
/// so it is shown only where that set names nobody's score (<see cref="MayShow"/>).
/// </summary>
/// <param name="Counts">Per score given, how many gave it; scores nobody gave are left out.</param>
public sealed record ScoreDistribution(IReadOnlyDictionary<int, int> Counts)
{
    [JsonIgnore]
    public int Count => Counts.Values.Sum();

    /// <summary>
    /// The distribution may be shown: at least what <see cref="ScoreSpread.ShowsSpread"/> protects (from
    /// <see cref="ScoreSpread.SpreadFrom"/> scores, and not where lowest, highest and mean settle every score), and no
    /// score given by all or all but one: then each member, taking out their own, would know every other member's score.
    /// (The spread rule already excludes that case; it is checked here too, as it is the one this rule is for.)
    /// </summary>
    [JsonIgnore]
    public bool MayShow
    {
        get
        {
            var count = Count;
            if (count < ScoreSpread.SpreadFrom || Counts.Values.Any(c => c < 0)) return false;
            if (Counts.Values.Max() >= count - 1) return false;
            return Spread() is { ShowsSpread: true };
        }
    }

    /// <summary>The scores given, lowest first, with how many gave each.</summary>
    [JsonIgnore]
    public IReadOnlyList<(int Score, int Count)> Given => [.. Counts.Where(c => c.Value > 0).OrderBy(c => c.Key).Select(c => (c.Key, c.Value))];

    /// <summary>The mean, lowest and highest of the same scores.</summary>
    public ScoreSpread? Spread() => ScoreSpread.Of(Counts.SelectMany(c => Enumerable.Repeat(c.Key, Math.Max(c.Value, 0))));

    public static ScoreDistribution? Of(IEnumerable<int> scores)
    {
        var counts = scores.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        return counts.Count == 0 ? null : new ScoreDistribution(counts);
    }
}
