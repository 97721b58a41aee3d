using CoalitionBot.Summaries;

namespace CoalitionBot.Tests.Summaries;

public sealed class ScoreSpreadTests
{
    [Fact]
    public void Mean_spread_and_count_as_in_the_articles()
    {
        var spread = ScoreSpread.Of([8, 9, 6, 8, 8])!;

        Assert.Equal(7.8, spread.Mean, 6);
        Assert.Equal((6, 9, 5), (spread.Min, spread.Max, spread.Count));
    }

    [Fact]
    public void No_scores_is_no_spread_rather_than_a_mean_of_zero() => Assert.Null(ScoreSpread.Of([]));

    [Theory]
    [InlineData(new[] { 6, 7, 8 }, false)] // mean, lowest and highest would be all three scores
    [InlineData(new[] { 2, 6, 7, 8 }, false)] // the two in the middle would add up to a known 13
    [InlineData(new[] { 8, 9, 6, 8, 8 }, true)]
    [InlineData(new[] { 7, 7, 4, 7, 7 }, false)] // 6,4 with 4-7: the other three can only be 7
    [InlineData(new[] { 1, 1, 1, 1, 10 }, false)] // 2,8 with 1-10: the other three can only be 1
    [InlineData(new[] { 7, 7, 7, 7, 7 }, false)]
    [InlineData(new[] { 2, 10, 8, 7, 9 }, true)]
    public void Lowest_and_highest_show_from_five_scores_unless_they_settle_every_score(int[] scores, bool shown) =>
        Assert.Equal(shown, ScoreSpread.Of(scores)!.ShowsSpread);

    [Theory]
    [InlineData(null, 7.0, Trend.Unknown)]
    [InlineData(6.5, 7.0, Trend.Up)]
    [InlineData(7.5, 7.0, Trend.Down)]
    [InlineData(7.02, 7.0, Trend.Same)] // shows as 7.0 both times
    public void Trend_against_the_previous_mean(double? previous, double current, Trend expected) =>
        Assert.Equal(expected, TrendOf.Between(previous, current));
}
