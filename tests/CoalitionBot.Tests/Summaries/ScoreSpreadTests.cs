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
    [InlineData(null, 7.0, Trend.Unknown)]
    [InlineData(6.5, 7.0, Trend.Up)]
    [InlineData(7.5, 7.0, Trend.Down)]
    [InlineData(7.02, 7.0, Trend.Same)] // shows as 7.0 both times
    public void Trend_against_the_previous_mean(double? previous, double current, Trend expected) =>
        Assert.Equal(expected, TrendOf.Between(previous, current));
}
